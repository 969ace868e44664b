import type { Locale } from "./messages.ts";

/** VietQR transfers: the buyer's copy and save buttons (features/payments/VietQrPanel.astro) and the staff queue of transfers (/staff/transfers). */
export const vietqrMessages = {
  "vietqr.copy": { vi: "Chép", en: "Copy" },
  "vietqr.copyOf": { vi: "Chép {what}", en: "Copy {what}" },
  "vietqr.copied": { vi: "Đã chép {what}", en: "Copied {what}" },
  "vietqr.selected": { vi: "Đã chọn {what}: hãy chép bằng tay", en: "{what} is selected: copy it by hand" },
  "vietqr.save": { vi: "Lưu mã QR", en: "Save QR" },
  "vietqr.saveHint": {
    vi: "Lưu ảnh mã QR rồi mở trong ứng dụng ngân hàng (Quét QR → chọn ảnh).",
    en: "Save the QR image, then open it in your banking app (Scan QR → choose a photo).",
  },
  "vietqr.referenceHint": {
    vi: "Ghi đúng nội dung chuyển khoản để đơn được xác nhận tự động.",
    en: "Use this exact reference so the order is confirmed automatically.",
  },
  "transfers.title": { vi: "Chuyển khoản cần xem", en: "Transfers to check" },
  "transfers.intro": {
    vi: "Tiền đã về tài khoản nhưng không khớp đơn nào: thiếu, thừa, sai hoặc không có nội dung, hoặc đơn đã được thanh toán. Xử lý xong (hoàn tiền, liên hệ người mua, xác nhận đơn trong Medusa Admin) thì đánh dấu đã xử lý.",
    en: "Money that arrived but paid no order: short, over, without or with a wrong reference, or for an order already paid. Once dealt with (refunded, buyer contacted, order captured in the Medusa Admin), mark it handled.",
  },
  "transfers.none": { vi: "Không có chuyển khoản nào cần xem.", en: "No transfers to check." },
  "transfers.received": { vi: "Nhận lúc", en: "Received" },
  "transfers.amount": { vi: "Số tiền nhận", en: "Amount received" },
  "transfers.expected": { vi: "Đơn cần", en: "Order asks for" },
  "transfers.content": { vi: "Nội dung", en: "Transfer text" },
  "transfers.bankReference": { vi: "Mã giao dịch ngân hàng", en: "Bank transaction" },
  "transfers.order": { vi: "Có thể thuộc đơn", en: "Might belong to order" },
  "transfers.noOrder": { vi: "Không tìm thấy đơn", en: "No order found" },
  "transfers.handle": { vi: "Đánh dấu đã xử lý", en: "Mark handled" },
  "transfers.handleOf": { vi: "Đánh dấu đã xử lý: {what}", en: "Mark handled: {what}" },
  "transfers.handled": { vi: "Đã đánh dấu chuyển khoản là đã xử lý.", en: "The transfer is marked handled." },
  "transfers.outcome.partial": { vi: "Thiếu tiền", en: "Short" },
  "transfers.outcome.excess": { vi: "Thừa tiền", en: "Over" },
  "transfers.outcome.unmatched": { vi: "Không khớp đơn nào", en: "Matches no order" },
  "transfers.outcome.already_paid": { vi: "Đơn đã thanh toán trước đó", en: "Order already paid" },
} satisfies Record<string, Record<Locale, string>>;
