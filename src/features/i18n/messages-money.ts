import type { Locale } from "./messages.ts";

/** The money lines of the cart, the checkout review and the confirmation (features/cart/MoneyLines.astro). */
export const moneyMessages = {
  "money.label": { vi: "Số tiền", en: "Amounts" },
  "money.items": { vi: "Tiền hàng", en: "Items" },
  "money.discountCodes": { vi: "Giảm giá (mã {codes})", en: "Discount (code {codes})" },
  "money.tax": { vi: "Thuế", en: "Tax" },
  "money.shippingLater": {
    vi: "Chưa gồm phí giao hàng: phí được tính khi bạn chọn cách giao hàng.",
    en: "Shipping is not included yet: it is added when you choose a delivery.",
  },
} satisfies Record<string, Record<Locale, string>>;
