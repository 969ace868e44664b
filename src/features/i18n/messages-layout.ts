import type { Locale } from "./messages.ts";

/** The site frame's words: header menu, notice line, footer and its policy pages (merged into messages.ts). */
export const layoutMessages = {
  "menu.open": { vi: "Menu", en: "Menu" },
  "menu.label": { vi: "Điều hướng chính", en: "Main" },
  "notice.demoShort": { vi: "Dữ liệu mẫu, không phải hàng thật", en: "Sample data, not real goods" },
  "notice.demoTag": { vi: "Dữ liệu mẫu", en: "Sample data" },
  "notice.close": { vi: "Ẩn thông báo", en: "Hide this notice" },
  "footer.label": { vi: "Thông tin cửa hàng", en: "About this shop" },
  "footer.operator": { vi: "Đơn vị vận hành:", en: "Run by" },
  "footer.contact": { vi: "Liên hệ", en: "Contact" },
  "footer.contactDemo": {
    vi: "Liên hệ mẫu (dữ liệu demo, đơn vị vận hành cần thay bằng thông tin thật)",
    en: "Sample contact (demo data: the operator must replace it with real details)",
  },
  "footer.email": { vi: "Thư điện tử", en: "Email" },
  "footer.phone": { vi: "Điện thoại", en: "Phone" },
  "footer.address": { vi: "Địa chỉ", en: "Address" },
  "footer.policies": { vi: "Chính sách", en: "Policies" },
  "footer.explore": { vi: "Khám phá", en: "Explore" },
  "policy.delivery": { vi: "Giao hàng và đổi trả", en: "Delivery and returns" },
  "policy.privacy": { vi: "Chính sách bảo mật", en: "Privacy" },
  "policy.terms": { vi: "Điều khoản sử dụng", en: "Terms of use" },
  "filter.show": { vi: "Bộ lọc và sắp xếp", en: "Filters and sorting" },
} satisfies Record<string, Record<Locale, string>>;
