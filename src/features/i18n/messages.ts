/** The storefront's languages: Vietnamese first, English second. */
export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];

/** One catalogue for both languages; a key missing in one language fails type-checking. */
const messages = {
  "site.name": { vi: "OCOP Thái Nguyên", en: "OCOP Thái Nguyên" },
  "site.tagline": {
    vi: "Đặc sản được chứng nhận Mỗi xã một sản phẩm",
    en: "Certified One Commune One Product specialties",
  },
  "demo.notice": {
    vi: "Dữ liệu mẫu: giá, tồn kho và lô hàng trên trang này là dữ liệu minh hoạ, không phải hàng thật.",
    en: "Sample data: prices, stock and lots on this site are for demonstration, not real goods.",
  },
  "home.title": { vi: "Sản phẩm", en: "Products" },
  "home.empty": { vi: "Chưa có sản phẩm nào.", en: "No products yet." },
  "product.from": { vi: "Từ", en: "From" },
  "product.noPrice": { vi: "Chưa có giá", en: "Price not set" },
  "product.inStock": { vi: "Còn {count} sản phẩm", en: "{count} in stock" },
  "product.soldOut": { vi: "Hết hàng", en: "Sold out" },
  "product.variants": { vi: "Quy cách", en: "Options" },
  "product.back": { vi: "← Tất cả sản phẩm", en: "← All products" },
  "notFound.title": { vi: "Không tìm thấy trang", en: "Page not found" },
  "notFound.body": {
    vi: "Trang bạn tìm không có hoặc đã được chuyển đi.",
    en: "The page you asked for does not exist or has moved.",
  },
  "error.backendDown": {
    vi: "Không tải được danh mục lúc này. Vui lòng thử lại sau ít phút.",
    en: "The catalogue cannot be loaded right now. Please try again in a few minutes.",
  },
  "lang.switch": { vi: "English", en: "Tiếng Việt" },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof messages;

/** The message for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** The locale of a URL path: English under /en/, Vietnamese elsewhere. */
export function localeOfPath(pathname: string): Locale {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "vi";
}

/** The same page in the other language, so the language switch keeps the page. */
export function switchLocalePath(pathname: string): string {
  if (localeOfPath(pathname) === "en") {
    const rest = pathname.slice(3);
    return rest === "" ? "/" : rest;
  }
  return pathname === "/" ? "/en/" : `/en${pathname}`;
}

/** A path in the given locale, from its Vietnamese (unprefixed) form. */
export function localePath(locale: Locale, path: string): string {
  return locale === "en" ? `/en${path === "/" ? "/" : path}` : path;
}
