/** The producer portal's offline capture: what waits on the phone and why (merged into messages.ts). */
export const offlineMessages = {
  "offline.waiting": { vi: "Đang chờ gửi ({count})", en: "Waiting to send ({count})" },
  "offline.waitingHint": {
    vi: "Các bước và lô dưới đây đã lưu trên điện thoại và sẽ tự gửi khi có mạng, theo đúng thứ tự. Thời gian ghi là thời gian bạn đã nhập.",
    en: "These steps and lots are kept on this phone and are sent by themselves, in order, when the network returns. Each keeps the time you typed.",
  },
  "offline.offline": { vi: "Không có mạng: những gì bạn ghi sẽ được lưu trên điện thoại.", en: "No network: what you record is kept on this phone." },
  "offline.serialsOnline": { vi: "Mã QR từng sản phẩm chỉ tạo được khi có mạng.", en: "Unit QR codes can be made only online." },
  "offline.kindEvent": { vi: "Bước", en: "Step" },
  "offline.kindLot": { vi: "Lô mới", en: "New lot" },
  "offline.refused": { vi: "Không gửi được:", en: "Not accepted:" },
  "offline.discard": { vi: "Bỏ", en: "Discard" },
  "offline.logIn": { vi: "Phiên đăng nhập đã hết: đăng nhập lại để gửi.", en: "Your session has ended: log in again to send." },
  "offline.sending": { vi: "Đang gửi…", en: "Sending…" },
  "offline.newLotTitle": { vi: "Lô mới (chưa gửi)", en: "New lot (not sent yet)" },
  "offline.newLotHint": {
    vi: "Lô này được tạo khi không có mạng. Các bước ghi ở đây sẽ gửi sau khi lô được tạo.",
    en: "This lot was opened without a network. Steps recorded here are sent after the lot is made.",
  },
  "offline.noForm": {
    vi: "Hãy mở một lô khi có mạng một lần để ghi bước khi không có mạng.",
    en: "Open a lot once while online to record steps without a network.",
  },
  "offline.appName": { vi: "Cổng chủ thể OCOP", en: "OCOP producer portal" },
  "offline.appShort": { vi: "OCOP lô hàng", en: "OCOP lots" },
} as const;
