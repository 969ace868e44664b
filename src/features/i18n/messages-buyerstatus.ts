import type { Locale } from "./messages.ts";

/** Where a buyer's order stands (features/orders/OrderStatus.astro) and the proof of a customer's e-mail (features/account). */
export const buyerStatusMessages = {
  "status.heading": { vi: "Tình trạng đơn hàng", en: "Order status" },
  "status.now": { vi: "Hiện tại: {stage}", en: "Now: {stage}" },
  "status.stage.placed": { vi: "Đã đặt hàng", en: "Placed" },
  "status.stage.awaiting_transfer": { vi: "Chờ chuyển khoản", en: "Awaiting transfer" },
  "status.stage.paid": { vi: "Đã thanh toán", en: "Paid" },
  "status.stage.ready_for_pickup": { vi: "Sẵn sàng nhận tại điểm bán", en: "Ready for pick-up" },
  "status.stage.shipped": { vi: "Đã gửi hàng", en: "Shipped" },
  "status.stage.delivered": { vi: "Đã giao hàng", en: "Delivered" },
  "status.stage.cancelled": { vi: "Đã hủy", en: "Cancelled" },
  "status.done": { vi: "đã xong", en: "done" },
  "status.shipments": { vi: "Các kiện hàng", en: "Shipments" },
  "status.shipmentOf": { vi: "Hàng của {producer}", en: "From {producer}" },
  "status.someProducer": { vi: "Hàng của nhà sản xuất", en: "From the producer" },
  "status.carrier": { vi: "Đơn vị vận chuyển", en: "Carrier" },
  "status.tracking": { vi: "Mã vận đơn", en: "Tracking number" },
  "status.track": { vi: "Theo dõi kiện hàng", en: "Track the parcel" },
  "status.shippedOn": { vi: "Gửi ngày", en: "Shipped on" },
  "status.deliveredOn": { vi: "Giao ngày", en: "Delivered on" },
  "status.pickup": { vi: "Hàng đã sẵn sàng: mời bạn đến nhận tại điểm bán.", en: "Ready: collect it at the showroom." },
  "status.notYet": { vi: "Chưa có", en: "Not given yet" },
  "account.verify.needed": {
    vi: "Xác minh e-mail để thấy các đơn hàng trước đây (đặt khi chưa đăng nhập) trong tài khoản.",
    en: "Verify your e-mail to see earlier orders (placed without logging in) in your account.",
  },
  "account.verify.send": { vi: "Gửi liên kết xác minh", en: "Send the verification link" },
  "account.verify.sent": {
    vi: "Đã gửi liên kết xác minh tới {email}. Liên kết dùng được một lần, trong 24 giờ.",
    en: "A verification link was sent to {email}. It works once, for 24 hours.",
  },
  "account.verify.verified": { vi: "E-mail {email} đã được xác minh.", en: "Your e-mail {email} is verified." },
  "verify.title": { vi: "Xác minh e-mail", en: "Verify your e-mail" },
  "verify.intro": {
    vi: "Xác nhận e-mail này là của bạn: các đơn hàng đã đặt bằng e-mail này khi chưa đăng nhập sẽ được thêm vào tài khoản.",
    en: "Confirm this e-mail is yours: the orders placed with it without logging in will join your account.",
  },
  "verify.confirm": { vi: "Xác nhận e-mail", en: "Confirm my e-mail" },
  "verify.done": { vi: "Đã xác minh {email}.", en: "{email} is verified." },
  "verify.attached": { vi: "Số đơn hàng trước đây được thêm vào tài khoản: {count}.", en: "Earlier orders added to your account: {count}." },
  "verify.expired": {
    vi: "Liên kết xác minh đã hết hạn. Hãy yêu cầu liên kết mới ở trang tài khoản.",
    en: "This verification link has expired. Ask for a new one on your account page.",
  },
  "verify.used": {
    vi: "Liên kết xác minh này đã được dùng. Nếu cần, hãy yêu cầu liên kết mới ở trang tài khoản.",
    en: "This verification link was already used. If needed, ask for a new one on your account page.",
  },
  "verify.invalid": {
    vi: "Liên kết xác minh không hợp lệ. Hãy mở đúng liên kết trong e-mail, hoặc yêu cầu liên kết mới ở trang tài khoản.",
    en: "This verification link is not valid. Open the link from the e-mail as it is, or ask for a new one on your account page.",
  },
  "verify.toAccount": { vi: "Về trang tài khoản", en: "Go to your account" },
} satisfies Record<string, Record<Locale, string>>;
