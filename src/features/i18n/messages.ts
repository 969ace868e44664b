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
  "nav.products": { vi: "Sản phẩm", en: "Products" },
  "nav.about": { vi: "Về OCOP", en: "About OCOP" },
  "nav.search": { vi: "Tìm kiếm", en: "Search" },
  "search.title": { vi: "Tìm kiếm sản phẩm", en: "Search products" },
  "search.label": { vi: "Tìm sản phẩm, chủ thể, địa phương", en: "Search products, producers, places" },
  "search.submit": { vi: "Tìm", en: "Search" },
  "search.results": { vi: "{count} kết quả", en: "{count} results" },
  "search.resultsFor": { vi: "{count} kết quả cho “{q}”", en: "{count} results for “{q}”" },
  "search.none": { vi: "Không tìm thấy sản phẩm nào. Thử từ khác hoặc bỏ bớt bộ lọc.", en: "Nothing found. Try other words or fewer filters." },
  "search.unavailable": { vi: "Tìm kiếm tạm thời không hoạt động. Bạn vẫn có thể xem sản phẩm theo nhóm và địa phương.", en: "Search is unavailable right now. You can still browse products by group and place." },
  "search.prev": { vi: "← Trang trước", en: "← Previous" },
  "search.next": { vi: "Trang sau →", en: "Next →" },
  "search.page": { vi: "Trang {page} / {pages}", en: "Page {page} of {pages}" },
  "search.inStockOnly": { vi: "Chỉ sản phẩm còn hàng", en: "In stock only" },
  "search.producers": { vi: "Chủ thể OCOP", en: "Producers" },
  "sort.relevance": { vi: "Phù hợp nhất", en: "Best match" },
  "home.featured": { vi: "Sản phẩm nổi bật", en: "Featured products" },
  "home.fiveStar": { vi: "Sản phẩm OCOP 5 sao", en: "5-star OCOP products" },
  "home.byGroup": { vi: "Theo nhóm sản phẩm", en: "By product group" },
  "home.all": { vi: "Xem tất cả sản phẩm →", en: "See all products →" },
  "list.title": { vi: "Tất cả sản phẩm", en: "All products" },
  "list.count": { vi: "{count} sản phẩm", en: "{count} products" },
  "list.none": { vi: "Không có sản phẩm nào khớp với bộ lọc.", en: "No product matches these filters." },
  "list.badFilter": { vi: "Bỏ qua bộ lọc không hợp lệ: {values}", en: "Ignored filters that are not valid: {values}" },
  "filter.heading": { vi: "Lọc sản phẩm", en: "Filter products" },
  "filter.group": { vi: "Nhóm", en: "Group" },
  "filter.set": { vi: "Bộ sản phẩm", en: "Product set" },
  "filter.stars": { vi: "Hạng sao", en: "Star rating" },
  "filter.place": { vi: "Địa phương", en: "Place" },
  "filter.type": { vi: "Loại chủ thể", en: "Producer type" },
  "filter.sort": { vi: "Sắp xếp", en: "Sort by" },
  "filter.price": { vi: "Giá", en: "Price" },
  "price.under": { vi: "Dưới {amount}", en: "Under {amount}" },
  "price.over": { vi: "Từ {amount} trở lên", en: "{amount} and over" },
  "filter.any": { vi: "Tất cả", en: "Any" },
  "filter.apply": { vi: "Lọc", en: "Apply" },
  "filter.clear": { vi: "Bỏ lọc", en: "Clear filters" },
  "sort.newest": { vi: "Mới nhất", en: "Newest" },
  "sort.price-asc": { vi: "Giá tăng dần", en: "Price, low to high" },
  "sort.price-desc": { vi: "Giá giảm dần", en: "Price, high to low" },
  "sort.stars": { vi: "Hạng sao cao nhất", en: "Most stars" },
  "sort.name": { vi: "Tên A–Z", en: "Name A–Z" },
  "stars.label": { vi: "Sản phẩm OCOP {stars} sao", en: "{stars}-star OCOP product" },
  "stars.option": { vi: "{stars} sao", en: "{stars} stars" },
  "entity.cooperative": { vi: "Hợp tác xã", en: "Cooperative" },
  "entity.cooperative_group": { vi: "Tổ hợp tác", en: "Cooperative group" },
  "entity.enterprise": { vi: "Doanh nghiệp", en: "Enterprise" },
  "entity.household": { vi: "Hộ sản xuất", en: "Household business" },
  "cert.heading": { vi: "Chứng nhận OCOP", en: "OCOP certificate" },
  "cert.status.active": { vi: "Còn hiệu lực", en: "Valid" },
  "cert.status.expiring_soon": { vi: "Còn hiệu lực, sắp hết hạn", en: "Valid, expiring soon" },
  "cert.status.expired": { vi: "Đã hết hạn", en: "Expired" },
  "cert.status.revoked": { vi: "Đã bị thu hồi", en: "Revoked" },
  "cert.status.replaced": { vi: "Đã được thay thế", en: "Replaced" },
  "cert.explain.active": { vi: "Sản phẩm được công nhận đạt {stars} sao OCOP.", en: "This product is certified as a {stars}-star OCOP product." },
  "cert.explain.expiring_soon": { vi: "Chứng nhận {stars} sao còn hiệu lực đến {date} và cần được đánh giá lại.", en: "The {stars}-star certificate is valid until {date} and is due for re-evaluation." },
  "cert.explain.expired": { vi: "Chứng nhận hết hạn ngày {date}. Sản phẩm hiện không phải là sản phẩm OCOP được chứng nhận.", en: "The certificate expired on {date}. This product is not currently a certified OCOP product." },
  "cert.explain.revoked": { vi: "Chứng nhận đã bị thu hồi ngày {date}. Sản phẩm không được sử dụng nhãn OCOP.", en: "The certificate was revoked on {date}. This product may not use the OCOP mark." },
  "cert.explain.none": { vi: "Sản phẩm này chưa được chứng nhận OCOP (chỉ sản phẩm đạt 3 sao trở lên mới được chứng nhận).", en: "This product is not OCOP-certified (only products rated 3 stars or more are certified)." },
  "cert.reason": { vi: "Lý do: {reason}", en: "Reason: {reason}" },
  "cert.decision": { vi: "Quyết định", en: "Decision" },
  "cert.date": { vi: "Ngày quyết định", en: "Decision date" },
  "cert.issuer": { vi: "Cơ quan công nhận", en: "Issued by" },
  "cert.level": { vi: "Cấp", en: "Level" },
  "cert.score": { vi: "Điểm", en: "Score" },
  "cert.criteria": { vi: "Bộ tiêu chí", en: "Criteria set" },
  "cert.expires": { vi: "Hiệu lực đến", en: "Valid until" },
  "level.district": { vi: "Huyện", en: "District" },
  "level.province": { vi: "Tỉnh", en: "Province" },
  "level.central": { vi: "Trung ương", en: "Central" },
  "product.story": { vi: "Câu chuyện sản phẩm", en: "The product's story" },
  "product.producer": { vi: "Chủ thể sản xuất", en: "Producer" },
  "product.place": { vi: "Địa phương", en: "Place" },
  "product.formerly": { vi: "trước đây thuộc {district}", en: "formerly {district}" },
  "product.service": { vi: "Dịch vụ du lịch: đặt chỗ và tham quan, không giao hàng.", en: "A tourism service: booked and visited, not shipped." },
  "producer.products": { vi: "Sản phẩm của chủ thể", en: "Products of this producer" },
  "producer.womenLed": { vi: "Do phụ nữ làm chủ", en: "Women-led" },
  "producer.ethnicLed": { vi: "Do người dân tộc thiểu số làm chủ", en: "Run by an ethnic-minority person" },
  "producer.green": { vi: "Chuỗi giá trị tuần hoàn, xanh", en: "Circular / green value chain" },
  "producer.modern": { vi: "Bán qua kênh hiện đại", en: "Sells in modern channels" },
  "producer.contact": { vi: "Liên hệ", en: "Contact" },
  "producer.view": { vi: "Xem chủ thể", en: "View producer" },
  "place.products": { vi: "Sản phẩm ở {place}", en: "Products from {place}" },
  "group.products": { vi: "Nhóm {group}", en: "Group: {group}" },
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

/** The locale of a `[...lang]` route parameter: none for Vietnamese, "en" for English, else null (404). */
export function routeLocale(param: string | undefined): Locale | null {
  if (param === undefined || param === "") return "vi";
  return param === "en" ? "en" : null;
}
