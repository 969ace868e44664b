import type { Locale } from "./messages.ts";

/** Bookings of tourism services: the product page, cart, checkout, confirmation and the producer's list (features/bookings). */
export const bookingMessages = {
  "booking.payNow": {
    vi: "Thanh toán: chuyển khoản VietQR ngay khi đặt; chỗ được giữ khi bạn đặt.",
    en: "Payment: by VietQR bank transfer when you book; your places are held when you book.",
  },
  "booking.payAtArrival": { vi: "Thanh toán: trả tiền khi bạn đến, vào ngày tham quan.", en: "Payment: you pay when you arrive, on the day of your visit." },
  "booking.places": { vi: "Mỗi ngày nhận tối đa {count} khách.", en: "Up to {count} visitors a day." },
  "booking.fullDates": { vi: "Những ngày đã kín chỗ", en: "Fully booked dates" },
  "booking.fewDates": { vi: "Những ngày còn ít chỗ", en: "Dates with few places left" },
  "booking.left": { vi: "{date}: còn {left} chỗ", en: "{date}: {left} places left" },
  "booking.full": { vi: "{date}: đã kín chỗ", en: "{date}: fully booked" },
  "booking.line": { vi: "Ngày {date} · {visitors} khách", en: "{date} · {visitors} visitors" },
  "booking.price": { vi: "{price} mỗi khách × {visitors} khách = {amount}", en: "{price} per visitor × {visitors} visitors = {amount}" },
  "cart.dateFull": {
    vi: "Ngày bạn chọn không còn đủ chỗ cho số khách này. Hãy chọn ngày khác: trang dịch vụ ghi những ngày đã kín chỗ.",
    en: "The date you chose has not enough places left for that many visitors. Choose another date: the service's page lists the fully booked dates.",
  },
  "booking.dateMissing": { vi: "Hãy chọn ngày tham quan.", en: "Choose the date of your visit." },
  "booking.contact": { vi: "1. Người đặt", en: "1. Your contact" },
  "booking.noAddress": {
    vi: "Đặt dịch vụ du lịch không cần địa chỉ: chủ dịch vụ liên hệ bạn qua số điện thoại hoặc email này.",
    en: "A booking needs no address: your host contacts you by this phone or e-mail.",
  },
  "booking.phoneHint": {
    vi: "Số Việt Nam (ví dụ 0912 345 678) hoặc số nước ngoài kèm mã quốc gia (ví dụ +44 20 7946 0958).",
    en: "A Vietnamese number (e.g. 0912 345 678) or an international one with its country code (e.g. +44 20 7946 0958).",
  },
  "booking.arrival": { vi: "Trả tiền khi đến nơi", en: "Pay on arrival" },
  "booking.arrivalNote": { vi: "Bạn trả {amount} khi đến, vào ngày {date}.", en: "You pay {amount} when you arrive on {date}." },
  "booking.vietqrNote": { vi: "Chuyển khoản ngay để xác nhận đặt chỗ.", en: "Transfer now to confirm your booking." },
  "booking.fullyBooked": { vi: "ngày tham quan đã kín chỗ, hãy chọn ngày khác", en: "the visit date is fully booked: choose another date" },
  "portal.bookings": { vi: "Đặt chỗ", en: "Bookings" },
  "portal.noBookings": { vi: "Chưa có khách đặt chỗ từ hôm nay trở đi.", en: "No bookings from today on." },
  "portal.bookingsOn": { vi: "{date}: {visitors} khách", en: "{date}: {visitors} visitors" },
  "portal.bookingPaid": { vi: "đã thanh toán", en: "paid" },
  "portal.bookingAtArrival": { vi: "trả khi đến", en: "pays on arrival" },
  "portal.bookingAwaiting": { vi: "chờ chuyển khoản", en: "awaiting transfer" },
  "portal.bookingCanceled": { vi: "đã huỷ", en: "cancelled" },
} satisfies Record<string, Record<Locale, string>>;
