import { seeded } from "./resolver-probes.ts";

/**
 * Random bad requests for the forms and APIs fuzz drill (forms-fuzz.test.ts):
 * storefront forms with bodies they cannot take, storefront pages with odd
 * addresses, and backend /store, /producer and /admin routes with bad JSON,
 * wrong types, negative or huge numbers, NUL characters and bad metadata, with
 * and without a login. Every write here is one its route must refuse, so none
 * may change a stored row. Each probe says what it must get.
 */
export type Expect =
  /** A 400 (or 413 for a body over its limit): refused before anything runs. */
  | "refused"
  /** A 4xx: a write the route must refuse. */
  | "4xx"
  /** Anything but a 5xx (a page may answer 200 with a message, 303 to a login, 404…). */
  | "no5xx";

export type Probe = {
  side: "storefront" | "backend";
  method: "GET" | "POST" | "DELETE";
  path: string;
  headers: Record<string, string>;
  body?: string;
  expect: Expect;
  why: string;
  /** A route that takes a file (uploads: owned elsewhere, counted apart). */
  upload?: boolean;
};

/** What the probes need from the platform: sessions and real ids to aim at. */
export type FuzzContext = {
  publishableKey: string;
  producerToken: string;
  staffToken: string;
  /** Storefront cookies of a logged-in producer and staff member ("name=value"). */
  producerCookie: string;
  staffCookie: string;
  productId: string;
  variantId: string;
  lotId: string;
  cartId: string;
  livestreamId: string;
  showroomId: string;
};

type Random = () => number;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, 0, items.length - 1)] as T;

/** Text that is odd but valid UTF-16 (a lone surrogate cannot be percent-encoded). */
const ODD_TEXT = [
  "Chè Tân Cương ✓",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀😀",
  "\u202Eevil\u202C",
  "\uFEFFbom",
  "ﷺ".repeat(40),
  "<script>alert(1)</script>",
  "' or 1=1--",
  "../../etc/passwd",
  "\u0007bell\u001b[31m",
  "a".repeat(5_000),
  "",
  " ",
  "null",
  "Ω≈ç√∫˜µ≤≥÷",
];
const NUMBERS = [-1, -1e9, 0, 1e21, 1.5, -0.5, Number.MAX_SAFE_INTEGER + 2, 1e308];
const QUERY_VALUES = ["-1", "1e99", "abc", "1.5", "", "%00", "%FF", "%E0%A4%A", "%25", "a%20b", "0x10", "NaN", "Infinity", "[]", "{}", "%C3%A8%C3%A9", "9".repeat(40)];

/** `text` with a NUL character somewhere in it. */
function withNul(r: Random, text: string): string {
  const at = int(r, 0, text.length);
  return `${text.slice(0, at)}\0${text.slice(at)}`;
}

function query(r: Random, keys: readonly string[]): string {
  const n = int(r, 1, 4);
  const parts = Array.from({ length: n }, () => {
    const key = r() < 0.8 ? pick(r, keys) : pick(r, ["fields", "order", "expand", "q", "%00", "a[b][c]", "__proto__", "x".repeat(300)]);
    const value = r() < 0.7 ? pick(r, QUERY_VALUES) : encodeURIComponent(pick(r, ODD_TEXT));
    return `${key}=${value}`;
  });
  return `?${parts.join("&")}`;
}

// ——— storefront forms ———

type FormPage = { path: (c: FuzzContext) => string; fields: readonly string[]; cookie?: (c: FuzzContext) => string };

const FORM_PAGES: readonly FormPage[] = [
  { path: () => "/account/login", fields: ["email", "password"] },
  { path: () => "/account/register", fields: ["email", "password", "first_name", "last_name"] },
  { path: () => "/cart", fields: ["intent", "variant_id", "quantity", "line_id", "code", "visit_date"], cookie: (c) => `ocop_cart=${c.cartId}` },
  { path: () => "/checkout", fields: ["step", "email", "name", "phone", "province", "ward", "street", "option_id", "provider_id"], cookie: (c) => `ocop_cart=${c.cartId}` },
  { path: () => "/producer/login", fields: ["email", "password"] },
  { path: () => "/producer/register", fields: ["email", "password", "name", "phone"] },
  { path: () => "/producer/forgot-password", fields: ["email"] },
  { path: () => "/producer/reset-password?token=x", fields: ["password"] },
  { path: () => "/producer/products", fields: ["title", "price", "sku", "description"], cookie: (c) => c.producerCookie },
  { path: (c) => `/producer/products/${c.productId}`, fields: ["title", "description", "story_vi", "intent"], cookie: (c) => c.producerCookie },
  { path: () => "/producer/lots", fields: ["product_id", "code", "harvested_at"], cookie: (c) => c.producerCookie },
  { path: (c) => `/producer/lots/${c.lotId}`, fields: ["intent", "biz_step", "event_time", "where", "count", "note"], cookie: (c) => c.producerCookie },
  { path: () => "/producer/orders", fields: ["intent", "order_id", "mode", "carrier", "carrier_name", "tracking_number"], cookie: (c) => c.producerCookie },
  { path: () => "/producer/profile", fields: ["name", "phone", "story_vi"], cookie: (c) => c.producerCookie },
  { path: () => "/staff/login", fields: ["email", "password"] },
  { path: () => "/staff/certificates", fields: ["intent", "product_id", "stars", "decision_no", "issued_at"], cookie: (c) => c.staffCookie },
  { path: (c) => `/staff/livestreams/${c.livestreamId}`, fields: ["title_vi", "title_en", "host", "url", "starts_at", "ends_at", "intent"], cookie: (c) => c.staffCookie },
  { path: (c) => `/staff/showrooms/${c.showroomId}`, fields: ["name", "where", "phone", "intent"], cookie: (c) => c.staffCookie },
  { path: () => "/account/logout", fields: [] },
  { path: () => "/staff/logout", fields: [], cookie: (c) => c.staffCookie },
];

function multipart(boundary: string, fields: [string, string][]): string {
  return `${fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${boundary}--\r\n`;
}

function formFields(r: Random, page: FormPage): [string, string][] {
  const names = page.fields.length ? page.fields : ["x"];
  return names.filter(() => r() < 0.8).map((name) => [name, pick(r, ODD_TEXT).slice(0, 200)]);
}

/** A storefront form body that no page may take: each variant is refused before the page runs. */
function storefrontForm(r: Random, c: FuzzContext): Probe {
  const page = pick(r, FORM_PAGES);
  const lang = r() < 0.3 ? "/en" : "";
  const path = `${lang}${page.path(c)}`;
  const cookie: Record<string, string> = page.cookie && r() < 0.8 ? { cookie: page.cookie(c) } : {};
  const base = { side: "storefront" as const, method: "POST" as const, path, expect: "refused" as const };
  const fields = formFields(r, page);
  const boundary = `----fuzz${int(r, 0, 1e9)}`;
  const kind = int(r, 0, 5);
  if (kind === 0) {
    const whole = multipart(boundary, fields.length ? fields : [["x", "y"]]);
    const cut = whole.slice(0, int(r, 0, Math.max(0, whole.length - 10)));
    return { ...base, headers: { ...cookie, "content-type": `multipart/form-data; boundary=${boundary}` }, body: cut, why: "multipart cut short" };
  }
  if (kind === 1) {
    const other = pick(r, ["", "other", "a".repeat(80)]);
    return {
      ...base,
      headers: { ...cookie, "content-type": `multipart/form-data${other ? `; boundary=${other}` : ""}` },
      body: multipart(boundary, fields),
      why: "multipart with a wrong or no boundary",
    };
  }
  if (kind === 2) {
    const type = pick(r, ["text/plain", "application/json", "application/xml", "image/png", "multipart/mixed; boundary=x", ""]);
    const body = type === "application/json" ? JSON.stringify(Object.fromEntries(fields)) : new URLSearchParams(fields).toString();
    return { ...base, headers: { ...cookie, ...(type ? { "content-type": type } : {}) }, body, why: `wrong content type "${type}"` };
  }
  if (kind === 3) {
    const nul: [string, string][] = [...fields, [pick(r, page.fields.length ? page.fields : ["x"]), withNul(r, pick(r, ODD_TEXT))]];
    const asMultipart = r() < 0.4;
    return {
      ...base,
      headers: { ...cookie, "content-type": asMultipart ? `multipart/form-data; boundary=${boundary}` : "application/x-www-form-urlencoded" },
      body: asMultipart ? multipart(boundary, nul) : new URLSearchParams(nul).toString(),
      why: "a NUL in a field",
    };
  }
  // Not on a route allowed a file's size (staff/certificates, the photo form): there a big field is the page's to judge.
  if (kind === 4 && r() < 0.15 && !/certificates|products\/[^/]+$/.test(path)) {
    const huge: [string, string][] = [...fields, ["note", "é".repeat(int(r, 140_000, 200_000))]];
    return { ...base, headers: { ...cookie, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(huge).toString(), why: "a field over the form limit" };
  }
  // Broken percent-encoding and stray bytes: the body is still a form, read leniently; what it holds is for the page to refuse.
  const junk = Array.from({ length: int(r, 1, 40) }, () => `%${int(r, 0, 255).toString(16).padStart(2, "0")}`).join("");
  const nul = `${pick(r, page.fields.length ? page.fields : ["x"])}=a%00${junk}`;
  return { ...base, headers: { ...cookie, "content-type": "application/x-www-form-urlencoded" }, body: `${nul}&${junk}=%ZZ%`, why: "stray bytes and a NUL in an urlencoded form" };
}

// ——— storefront pages ———

const PAGES = [
  "/",
  "/products",
  "/search",
  "/showrooms",
  "/livestreams",
  "/about-ocop",
  "/cart",
  "/checkout",
  "/account/login",
  "/producer/login",
  "/staff/login",
  "/api/search/suggest",
  "/sitemap.xml",
];
const PAGE_KEYS = ["page", "q", "group", "stars", "sort", "place", "province", "days", "next", "ended", "saved", "edit", "token", "limit", "offset"];

function storefrontPage(r: Random, c: FuzzContext): Probe {
  const lang = r() < 0.3 ? "/en" : "";
  const roll = int(r, 0, 3);
  const base = { side: "storefront" as const, method: "GET" as const, headers: {}, expect: "no5xx" as const };
  if (roll === 0) return { ...base, path: `${lang}${pick(r, PAGES)}${query(r, PAGE_KEYS)}`, why: "a page with odd parameters" };
  const segment =
    r() < 0.5 ? encodeURIComponent(pick(r, ODD_TEXT).slice(0, 300)) : pick(r, ["%FF", "%E0%A4%A", "%C0%80", "..%2F..%2F", "%2e%2e", "a%2Fb", "x".repeat(2_000), "%00x"]);
  if (roll === 1) {
    const section = pick(r, ["products", "producers", "groups", "places", "campaigns", "orders", "livestreams", "showrooms"]);
    const nul = segment.includes("%00");
    return { ...base, path: `${lang}/${section}/${segment}`, expect: nul ? "refused" : "no5xx", why: `an odd ${section} address` };
  }
  if (roll === 2) {
    const [path, cookie] = pick(r, [
      ["/producer/products", c.producerCookie],
      ["/producer/orders", c.producerCookie],
      ["/producer/lots", c.producerCookie],
      [`/producer/lots/${c.lotId}`, c.producerCookie],
      [`/producer/products/${segment}`, c.producerCookie],
      ["/staff/dashboard", c.staffCookie],
      ["/staff/certificates", c.staffCookie],
      ["/staff/campaigns", c.staffCookie],
      [`/staff/showrooms/${segment}`, c.staffCookie],
      [`/staff/livestreams/${segment}`, c.staffCookie],
      ["/account", "ocop_session=x"],
    ] as const);
    const nul = path.includes("%00");
    return { ...base, path: `${lang}${path}${query(r, PAGE_KEYS)}`, headers: { cookie }, expect: nul ? "refused" : "no5xx", why: "a logged-in page with odd parameters" };
  }
  return { ...base, path: `${lang}${pick(r, PAGES)}${pick(r, ["?q=%00", "%00", "/%00", "?page=1%00"])}`, expect: "refused", why: "a NUL in the address" };
}

// ——— backend ———

type Route = {
  method: "GET" | "POST" | "DELETE";
  path: (c: FuzzContext, r: Random) => string;
  auth: "store" | "producer" | "staff";
  /** A body the route takes, for the fuzz to spoil. */
  body?: (c: FuzzContext) => Record<string, unknown>;
  keys?: readonly string[];
  upload?: boolean;
};

const junkId = (r: Random) => pick(r, ["x", "prod_00000000000000000000000000", "0", "-1", encodeURIComponent(pick(r, ODD_TEXT).slice(0, 80)), "%FF", "a%2Fb"]);
const LIST_KEYS = ["limit", "offset", "q", "fields", "order", "handle", "id", "created_at[$gt]", "stars", "group", "status"];

const ROUTES: readonly Route[] = [
  { method: "GET", path: () => "/store/products", auth: "store", keys: LIST_KEYS },
  { method: "GET", path: () => "/store/ocop/products", auth: "store", keys: LIST_KEYS },
  { method: "GET", path: () => "/store/ocop/search", auth: "store", keys: ["q", "limit", "offset", "group", "stars", "place"] },
  { method: "GET", path: (_, r) => `/store/ocop/producers/${junkId(r)}`, auth: "store" },
  { method: "GET", path: (_, r) => `/store/ocop/campaigns/${junkId(r)}`, auth: "store" },
  { method: "GET", path: () => "/store/ocop/places", auth: "store", keys: LIST_KEYS },
  { method: "GET", path: () => "/store/showrooms", auth: "store", keys: LIST_KEYS },
  { method: "GET", path: () => "/store/livestreams", auth: "store", keys: LIST_KEYS },
  { method: "GET", path: () => "/store/trace/resolve", auth: "store", keys: ["gtin", "lot", "serial", "code", "expiry", "linkType"] },
  { method: "GET", path: () => "/store/trace/standing", auth: "store", keys: ["gtin", "lot", "serial", "code"] },
  { method: "GET", path: (_, r) => `/store/trace/lots/${junkId(r)}/epcis`, auth: "store", keys: ["format", "limit"] },
  { method: "GET", path: (_, r) => `/store/ocop/orders/${junkId(r)}/payment`, auth: "store" },
  { method: "GET", path: (c, r) => `/store/carts/${r() < 0.5 ? c.cartId : junkId(r)}`, auth: "store", keys: ["fields"] },
  { method: "GET", path: () => "/store/regions", auth: "store", keys: LIST_KEYS },
  {
    method: "POST",
    path: () => "/store/carts",
    auth: "store",
    body: (c) => ({ region_id: "reg_x", email: "a@b.vn", items: [{ variant_id: c.variantId, quantity: 1, metadata: { visit_date: "2030-01-01" } }] }),
  },
  { method: "POST", path: (c) => `/store/carts/${c.cartId}`, auth: "store", body: () => ({ email: "buyer@example.vn", metadata: { note: "x" } }) },
  {
    method: "POST",
    path: (c) => `/store/carts/${c.cartId}/line-items`,
    auth: "store",
    body: (c) => ({ variant_id: c.variantId, quantity: 1, metadata: { visit_date: "2030-01-01" } }),
  },
  { method: "POST", path: (c) => `/store/carts/${c.cartId}/promotions`, auth: "store", body: () => ({ promo_codes: ["TET2026"] }) },
  { method: "POST", path: (_, r) => `/store/livestreams/${junkId(r)}/clicks`, auth: "store" },
  { method: "POST", path: () => "/store/customers", auth: "store", body: () => ({ email: "c@example.vn", first_name: "A" }) },
  { method: "GET", path: () => "/producer/products", auth: "producer", keys: LIST_KEYS },
  { method: "GET", path: () => "/producer/lots", auth: "producer", keys: LIST_KEYS },
  { method: "GET", path: () => "/producer/orders", auth: "producer", keys: LIST_KEYS },
  { method: "GET", path: () => "/producer/dashboard", auth: "producer", keys: ["days", "from", "to"] },
  { method: "GET", path: (c, r) => `/producer/products/${r() < 0.5 ? c.productId : junkId(r)}`, auth: "producer" },
  { method: "GET", path: (c, r) => `/producer/lots/${r() < 0.5 ? c.lotId : junkId(r)}/qr`, auth: "producer", keys: ["size", "serial", "format"] },
  { method: "GET", path: (c, r) => `/producer/lots/${r() < 0.5 ? c.lotId : junkId(r)}`, auth: "producer" },
  { method: "POST", path: () => "/producer/products", auth: "producer", body: () => ({ title: "Chè mới", price_vnd: 100000, group: "1", unit: "hộp" }) },
  { method: "POST", path: (c) => `/producer/products/${c.productId}`, auth: "producer", body: (c) => ({ title: "Chè", variants: [{ id: c.variantId, price_vnd: 120000 }] }) },
  { method: "POST", path: () => "/producer/lots", auth: "producer", body: (c) => ({ product_id: c.productId, code: "L1", harvested_at: "2026-01-01" }) },
  { method: "POST", path: (c) => `/producer/lots/${c.lotId}/events`, auth: "producer", body: () => ({ biz_step: "packing", event_time: "2026-01-01T00:00:00Z", where: "x" }) },
  { method: "POST", path: (c) => `/producer/lots/${c.lotId}/serials`, auth: "producer", body: () => ({ count: 10 }) },
  { method: "POST", path: (_, r) => `/producer/orders/${junkId(r)}/ship`, auth: "producer", body: () => ({ tracking_number: "VN1" }) },
  { method: "POST", path: (_, r) => `/producer/orders/${junkId(r)}/confirm-payment`, auth: "producer", body: () => ({}) },
  { method: "POST", path: () => "/producer/me", auth: "producer", body: () => ({ name: "HTX", phone: "0912345678" }) },
  { method: "POST", path: (c) => `/producer/products/${c.productId}/images`, auth: "producer", body: () => ({ image: "UklGRgAAAABXRUJQ", filename: "a.webp" }), upload: true },
  { method: "GET", path: () => "/admin/products", auth: "staff", keys: LIST_KEYS },
  { method: "GET", path: () => "/admin/orders", auth: "staff", keys: LIST_KEYS },
  { method: "GET", path: () => "/admin/ocop/certificates", auth: "staff", keys: LIST_KEYS },
  { method: "GET", path: () => "/admin/ocop/dashboard", auth: "staff", keys: ["days", "from", "to", "group"] },
  { method: "GET", path: () => "/admin/trace/lots", auth: "staff", keys: LIST_KEYS },
  { method: "GET", path: () => "/admin/producer-users", auth: "staff", keys: LIST_KEYS },
  { method: "GET", path: () => "/admin/producer-reviews", auth: "staff", keys: LIST_KEYS },
  { method: "GET", path: (_, r) => `/admin/trace/lots/${junkId(r)}/labels`, auth: "staff", keys: ["serials", "size"] },
  { method: "POST", path: () => "/admin/ocop/certificates", auth: "staff", body: (c) => ({ product_id: c.productId, stars: 4, decision_no: "1/QĐ", issued_at: "2026-01-01" }) },
  { method: "POST", path: (_, r) => `/admin/ocop/certificates/${junkId(r)}/renew`, auth: "staff", body: () => ({ decision_no: "2/QĐ", issued_at: "2026-01-01" }) },
  { method: "POST", path: (_, r) => `/admin/ocop/certificates/${junkId(r)}/revoke`, auth: "staff", body: () => ({ reason: "x" }) },
  { method: "POST", path: () => "/admin/ocop/certificates/import", auth: "staff", body: () => ({ csv: "a,b\n1,2", dry_run: true }) },
  { method: "POST", path: (c) => `/admin/ocop/products/${c.productId}`, auth: "staff", body: () => ({ stars: 4, group: "1" }) },
  { method: "POST", path: () => "/admin/ocop/campaigns", auth: "staff", body: () => ({ slug: "x", title_vi: "x" }) },
  { method: "POST", path: () => "/admin/livestreams", auth: "staff", body: () => ({ title_vi: "x", url: "https://example.vn", starts_at: "2030-01-01T00:00:00Z" }) },
  { method: "POST", path: (c) => `/admin/livestreams/${c.livestreamId}`, auth: "staff", body: () => ({ title_vi: "x" }) },
  { method: "POST", path: () => "/admin/showrooms", auth: "staff", body: () => ({ name: "x", lat: 21.5, lng: 105.8 }) },
  { method: "POST", path: (c) => `/admin/showrooms/${c.showroomId}`, auth: "staff", body: () => ({ name: "x" }) },
  { method: "POST", path: () => "/admin/trace/lots", auth: "staff", body: (c) => ({ product_id: c.productId, code: "L2" }) },
  { method: "POST", path: () => "/admin/producer-users", auth: "staff", body: () => ({ email: "p@example.vn", producer_id: "x" }) },
  { method: "POST", path: (_, r) => `/admin/producer-reviews/${junkId(r)}/decide`, auth: "staff", body: () => ({ decision: "approve" }) },
  { method: "POST", path: () => "/admin/products", auth: "staff", body: () => ({ title: "x", options: [{ title: "a", values: ["b"] }] }) },
  { method: "POST", path: (c) => `/admin/products/${c.productId}`, auth: "staff", body: () => ({ title: "x" }) },
];

/** A value of another type than `value`'s, which no schema takes in its place. */
function wrongType(r: Random, value: unknown): unknown {
  if (typeof value === "string") return pick(r, [{ nested: { deep: [1, 2] } }, [1, "a"], true, -1, 1e21]);
  if (typeof value === "number") return pick(r, [{ n: 1 }, ["1"], true, "abc", "1e999"]);
  return pick(r, ["x", 5, true]);
}

/** `body` made unacceptable: every variant breaks something a route checks before it writes. */
function spoil(r: Random, body: Record<string, unknown>, cart: boolean): { text: string; contentType: string; why: string } {
  const keys = Object.keys(body);
  const kind = int(r, 0, 5);
  const json = (value: unknown) => JSON.stringify(value);
  if (kind === 0 || !keys.length) {
    const whole = json(body);
    const text = pick(r, [whole.slice(0, int(r, 1, Math.max(1, whole.length - 1))), "{bad", "[", "{'a':1}", "\u0000", `${whole}}`, `{"a":${"[".repeat(2_000)}`]);
    return { text, contentType: "application/json", why: "JSON that does not parse" };
  }
  const key = pick(r, keys);
  if (kind === 1) return { text: json({ ...body, [key]: wrongType(r, body[key]) }), contentType: "application/json", why: `a wrong type at ${key}` };
  if (kind === 2) {
    // A number where text is expected, and numbers no count or price may be, wherever a number is.
    const textKey = keys.find((k) => typeof body[k] === "string");
    const odd = Object.fromEntries(keys.filter((k) => typeof body[k] === "number").map((k) => [k, pick(r, [-1, -1e9, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2])]));
    return { text: json({ ...body, ...odd, ...(textKey ? { [textKey]: pick(r, NUMBERS) } : {}) }), contentType: "application/json", why: "odd numbers" };
  }
  if (kind === 3) {
    const value = body[key];
    const text = typeof value === "string" ? value : "x";
    return { text: json({ ...body, [key]: withNul(r, text) }), contentType: "application/json", why: `a NUL at ${key}` };
  }
  if (kind === 4) {
    // Cart lines take metadata: a visit date that is not a day; elsewhere metadata holding a NUL.
    const metadata = cart ? { visit_date: pick(r, ["not a date", "2026-13-45", "1999-01-01", 20260101, "", null, { y: 2030 }]) } : { note: withNul(r, "note") };
    const withItems = Array.isArray(body.items) ? { items: [{ ...(body.items[0] as object), metadata }] } : {};
    return { text: json({ ...body, metadata, ...withItems }), contentType: "application/json", why: "bad metadata" };
  }
  return { text: `${json(body)} as text`, contentType: "text/plain", why: "a body of the wrong type" };
}

function backend(r: Random, c: FuzzContext): Probe {
  const route = pick(r, ROUTES);
  const path = route.path(c, r);
  const signedIn = route.auth === "store" || r() < 0.8;
  const token = route.auth === "producer" ? c.producerToken : route.auth === "staff" ? c.staffToken : "";
  const headers: Record<string, string> = {
    ...(route.auth === "store" || path.startsWith("/store") ? { "x-publishable-api-key": c.publishableKey } : {}),
    ...(signedIn && token ? { authorization: `Bearer ${token}` } : {}),
  };
  const base = { side: "backend" as const, method: route.method, headers, ...(route.upload ? { upload: true } : {}) };
  if (route.method === "GET") {
    const nul = r() < 0.1;
    return {
      ...base,
      path: `${path}${route.keys ? query(r, route.keys) : ""}${nul ? "&x=%00" : ""}`,
      // Without a login the login is checked first (401); with one, a NUL is refused (400).
      expect: nul ? (route.auth === "store" || token === "" || headers.authorization ? "refused" : "4xx") : "no5xx",
      why: `${route.method} with odd parameters${headers.authorization ? "" : route.auth === "store" ? "" : ", not logged in"}`,
    };
  }
  if (!route.body) return { ...base, path, headers: { ...headers, "content-type": "application/json" }, body: "{}", expect: "4xx", why: "a write to an odd address" };
  // Cart lines take a visit date in their metadata (a cart's own metadata is free-form).
  const spoiled = spoil(r, route.body(c), /^\/store\/carts(\/[^/]+\/line-items)?$/.test(path));
  return { ...base, path, headers: { ...headers, "content-type": spoiled.contentType }, body: spoiled.text, expect: "4xx", why: spoiled.why };
}

/** `count` probes: 40% storefront forms, 25% storefront pages, 35% backend routes. */
export function formProbes(count: number, seed: number, context: FuzzContext): Probe[] {
  const r = seeded(seed);
  return Array.from({ length: count }, () => {
    const roll = r();
    if (roll < 0.4) return storefrontForm(r, context);
    if (roll < 0.65) return storefrontPage(r, context);
    return backend(r, context);
  });
}
