import type { FieldCode, FieldProblem } from "@ocop/core";
import type { Locale } from "./messages.ts";

type Params = NonNullable<FieldProblem["params"]>;
type Say = (params: Params) => string;

const n = (value: unknown) => (typeof value === "number" ? value : Number(value));
const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/** How long or how many, by what the limit applies to (zod's `origin`). */
const measure = {
  vi: (count: unknown, origin: unknown) => (origin === "string" ? `${n(count)} ký tự` : origin === "array" || origin === "set" ? `${n(count)} mục` : `${n(count)}`),
  en: (count: unknown, origin: unknown) =>
    origin === "string"
      ? `${n(count)} character${n(count) === 1 ? "" : "s"}`
      : origin === "array" || origin === "set"
        ? `${n(count)} item${n(count) === 1 ? "" : "s"}`
        : `${n(count)}`,
};

const formats: Record<string, { vi: string; en: string }> = {
  email: { vi: "phải là một địa chỉ email, ví dụ lan@example.vn", en: "must be an email address, e.g. lan@example.vn" },
  phone: {
    vi: "gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84), ví dụ 0912 345 678",
    en: "needs 10 digits starting with 0 (or +84), e.g. 0912 345 678",
  },
  url: { vi: "phải là một đường dẫn (URL)", en: "must be a link (URL)" },
  datetime: { vi: "phải là thời điểm ISO 8601 kèm múi giờ, ví dụ 2026-05-10T07:30:00+07:00", en: "must be an ISO 8601 time with its offset, e.g. 2026-05-10T07:30:00+07:00" },
  date: { vi: "phải là một ngày (YYYY-MM-DD)", en: "must be a date (YYYY-MM-DD)" },
  phone_any: {
    vi: "gồm 10 chữ số bắt đầu bằng 0 (số Việt Nam, ví dụ 0912 345 678), hoặc dấu + và mã quốc gia (ví dụ +44 20 7946 0958)",
    en: "needs 10 digits starting with 0 (a Vietnamese number, e.g. 0912 345 678), or + and the country code (e.g. +44 20 7946 0958)",
  },
  gtin: { vi: "phải là mã GTIN-8, -12, -13 hoặc -14 có số kiểm tra đúng", en: "must be a GTIN-8, -12, -13 or -14 with a valid check digit" },
  gln: { vi: "phải là mã GLN: 13 chữ số, chữ số cuối là số kiểm tra đúng", en: "must be a GLN: 13 digits with a valid check digit" },
  plain_text: { vi: "không được chứa ký tự điều khiển", en: "must not contain control characters" },
  csv: { vi: "phải là văn bản CSV (UTF-8)", en: "must be CSV text (UTF-8)" },
  decision_number: { vi: "phải có dạng số quyết định, ví dụ 1032/QĐ-UBND", en: "must look like a decision number, e.g. 1032/QĐ-UBND" },
  number: { vi: "phải là một số, ví dụ 65,5", en: "must be a number, e.g. 65.5" },
};

/** Names of the other fields a rule compares with. */
const others: Record<string, { vi: string; en: string }> = {
  starts_at: { vi: "thời điểm bắt đầu", en: "the start" },
  packed_at: { vi: "ngày đóng gói", en: "the packing date" },
  decision_date: { vi: "ngày quyết định", en: "the decision date" },
  lat: { vi: "vĩ độ", en: "the latitude" },
  lng: { vi: "kinh độ", en: "the longitude" },
  replaced_decision_date: { vi: "ngày quyết định của giấy chứng nhận được thay thế", en: "the decision date of the certificate it replaces" },
};
const other = (locale: Locale, name: unknown) => others[text(name)]?.[locale] ?? text(name);

/** Every code in both languages: a code missing from one fails type-checking (and field-errors.test.ts). */
const sentences: Record<FieldCode, Record<Locale, Say>> = {
  required: { vi: () => "cần nhập", en: () => "is required" },
  invalid_type: { vi: (p) => `phải là kiểu ${text(p.expected)}`, en: (p) => `must be a ${text(p.expected)}` },
  invalid_format: {
    vi: (p) => formats[text(p.format)]?.vi ?? "không đúng định dạng",
    en: (p) => formats[text(p.format)]?.en ?? "is not in the expected format",
  },
  too_small: {
    vi: (p) => (p.inclusive === false ? `phải lớn hơn ${measure.vi(p.minimum, p.origin)}` : `cần ít nhất ${measure.vi(p.minimum, p.origin)}`),
    en: (p) => (p.inclusive === false ? `must be more than ${measure.en(p.minimum, p.origin)}` : `needs at least ${measure.en(p.minimum, p.origin)}`),
  },
  too_big: {
    vi: (p) => (p.inclusive === false ? `phải nhỏ hơn ${measure.vi(p.maximum, p.origin)}` : `tối đa ${measure.vi(p.maximum, p.origin)}`),
    en: (p) => (p.inclusive === false ? `must be less than ${measure.en(p.maximum, p.origin)}` : `may have at most ${measure.en(p.maximum, p.origin)}`),
  },
  not_multiple_of: { vi: (p) => `phải là bội số của ${n(p.divisor)}`, en: (p) => `must be a multiple of ${n(p.divisor)}` },
  invalid_value: { vi: (p) => `phải là một trong: ${text(p.allowed)}`, en: (p) => `must be one of: ${text(p.allowed)}` },
  common_password: { vi: () => "là một mật khẩu quá phổ biến, dễ bị đoán", en: () => "is too common a password: it is guessed first" },
  gtin_held: { vi: (p) => `đã thuộc về sản phẩm khác: ${text(p.holder)}`, en: (p) => `already belongs to another product: ${text(p.holder)}` },
  gtin_not_variants: { vi: (p) => `không phải mã GTIN của sản phẩm này (mã của nó là ${text(p.gtin)})`, en: (p) => `is not this product's GTIN (its GTIN is ${text(p.gtin)})` },
  gtin_unassigned: {
    vi: () => "chưa được gán cho sản phẩm nào: Sở Công Thương gán mã GTIN sau khi kiểm tra đăng ký với GS1 Việt Nam",
    en: () => "is not assigned to any product: the trade department assigns GTINs after checking the GS1 Vietnam registration",
  },
  unknown_field: { vi: () => "không phải là trường được nhận", en: () => "is not a field this form takes" },
  invalid: { vi: () => "không hợp lệ", en: () => "is not valid" },
  unknown_product: { vi: (p) => `không có sản phẩm ${text(p.id)}`, en: (p) => `there is no product ${text(p.id)}` },
  unknown_place: { vi: (p) => `không có xã/phường ${text(p.id)}`, en: (p) => `there is no commune ${text(p.id)}` },
  unknown_province: {
    vi: () => "hãy chọn một trong 34 tỉnh, thành phố trong danh sách (từ 1/7/2025)",
    en: () => "choose one of the 34 provinces and cities in the list (since 1 July 2025)",
  },
  commune_not_in_province: {
    vi: (p) =>
      text(p.commune)
        ? `"${text(p.commune)}" không thuộc ${text(p.province)}: hãy chọn xã, phường trong danh sách của ${text(p.province)}`
        : `hãy chọn xã, phường trong danh sách của ${text(p.province)}`,
    en: (p) =>
      text(p.commune)
        ? `"${text(p.commune)}" is not in ${text(p.province)}: choose a commune or ward of ${text(p.province)} from the list`
        : `choose a commune or ward of ${text(p.province)} from the list`,
  },
  unknown_producer: { vi: (p) => `không có chủ thể ${text(p.id)}`, en: (p) => `there is no producer ${text(p.id)}` },
  unknown_product_set: { vi: (p) => `không có bộ sản phẩm "${text(p.code)}"`, en: (p) => `there is no product set "${text(p.code)}"` },
  unknown_serial: { vi: (p) => `không phải số sê-ri của lô này: ${text(p.serials)}`, en: (p) => `not serials of this lot: ${text(p.serials)}` },
  unknown_event: { vi: () => "không phải là sự kiện của lô này", en: () => "is not an event of this lot" },
  in_future: { vi: () => "không được ở tương lai", en: () => "must not be in the future" },
  too_early: { vi: (p) => `phải sau ${other("vi", p.after)}`, en: (p) => `must come after ${other("en", p.after)}` },
  with_other: {
    vi: (p) => `phải nhập cùng với ${other("vi", p.other)}, hoặc bỏ trống cả hai`,
    en: (p) => `must come with ${other("en", p.other)}, or leave both empty`,
  },
  too_long: { vi: (p) => `kéo dài tối đa ${n(p.max_hours)} giờ`, en: (p) => `may last at most ${n(p.max_hours)} hours` },
  not_certifiable: { vi: () => "chỉ sản phẩm 3–5 sao được cấp giấy chứng nhận OCOP", en: () => "only 3★–5★ products are certified" },
  score_mismatch: {
    vi: (p) => `điểm ${n(p.score)} đạt ${n(p.earned)} sao, không phải ${n(p.stars)} sao`,
    en: (p) => `a score of ${n(p.score)} earns ${n(p.earned)}★, not ${n(p.stars)}★`,
  },
  issuer_level_mismatch: {
    vi: (p) => `sản phẩm ${n(p.stars)} sao vào ngày đó do cấp ${levels.vi[text(p.expected)] ?? text(p.expected)} chứng nhận`,
    en: (p) => `${n(p.stars)}★ on that date is certified at ${text(p.expected)} level`,
  },
  expiry_mismatch: { vi: (p) => `phải là 36 tháng sau ngày quyết định (${text(p.expected)})`, en: (p) => `must be 36 months after the decision date (${text(p.expected)})` },
  has_valid_certificate: {
    vi: (p) => `sản phẩm đã có giấy chứng nhận còn hiệu lực (${text(p.id)}): hãy gia hạn giấy đó`,
    en: (p) => `the product already has a valid certificate (${text(p.id)}): renew it instead`,
  },
  certificate_revoked: { vi: (p) => `giấy chứng nhận ${text(p.id)} đã bị thu hồi ngày ${text(p.date)}`, en: (p) => `certificate ${text(p.id)} was revoked on ${text(p.date)}` },
  certificate_replaced: {
    vi: (p) => `giấy chứng nhận ${text(p.id)} đã được thay bằng ${text(p.by)}`,
    en: (p) => `certificate ${text(p.id)} was already replaced by ${text(p.by)}`,
  },
  not_platform_url: {
    vi: (p) => `phải là đường dẫn https trên ${text(p.platform)} (${text(p.domains)})`,
    en: (p) => `must be an https link on ${text(p.platform)} (${text(p.domains)})`,
  },
  not_https: { vi: () => "phải là đường dẫn https", en: () => "must be an https link" },
  ilmd_not_on_add: { vi: () => "dữ liệu gốc của lô (ILMD) chỉ ghi ở sự kiện ADD", en: () => "lot master data (ILMD) belongs on an ADD event only" },
  only_on_transformation: { vi: () => "đầu vào và đầu ra chỉ ghi ở sự kiện chế biến (TransformationEvent)", en: () => "inputs and outputs belong on a TransformationEvent" },
  not_on_transformation: { vi: () => "sự kiện chế biến (TransformationEvent) không có action", en: () => "a TransformationEvent has no action" },
  file_too_large: { vi: (p) => `tệp quá lớn (tối đa ${n(p.max_mb)} MB)`, en: (p) => `the file is too large (at most ${n(p.max_mb)} MB)` },
  not_image: { vi: (p) => `không phải ảnh ${text(p.allowed)} đọc được`, en: (p) => `is not a readable ${text(p.allowed)} picture` },
  too_many_pixels: {
    vi: (p) => `có quá nhiều điểm ảnh (tối đa ${n(p.max_megapixels)} megapixel): hãy chụp ở độ phân giải thấp hơn`,
    en: (p) => `has too many pixels (at most ${n(p.max_megapixels)} megapixels): take it at a lower resolution`,
  },
  not_pdf: { vi: () => "không phải tệp PDF hoàn chỉnh", en: () => "is not a whole PDF file" },
  fully_booked: {
    vi: (p) => (n(p.left) > 0 ? `ngày ${text(p.date)} chỉ còn ${n(p.left)} chỗ` : `ngày ${text(p.date)} đã kín chỗ: hãy chọn ngày khác`),
    en: (p) => (n(p.left) > 0 ? `${text(p.date)} has only ${n(p.left)} places left` : `${text(p.date)} is fully booked: choose another date`),
  },
  payment_not_offered: {
    vi: (p) => (text(p.allowed) === "vietqr" ? "dịch vụ này thanh toán bằng chuyển khoản VietQR khi đặt" : "cách thanh toán này không dùng được cho dịch vụ này"),
    en: (p) => (text(p.allowed) === "vietqr" ? "this service is paid by VietQR transfer when booked" : "this way of paying is not offered for this service"),
  },
  unknown_campaign: { vi: (p) => `không có chiến dịch ${text(p.id)}`, en: (p) => `there is no campaign ${text(p.id)}` },
  taken: { vi: (p) => `“${text(p.value)}” đã được dùng, hãy chọn giá trị khác`, en: (p) => `“${text(p.value)}” is already taken: choose another` },
  no_ocop_record: {
    vi: (p) => `sản phẩm ${text(p.id)} chưa có hồ sơ OCOP: hãy gán bộ sản phẩm và chủ thể trước`,
    en: (p) => `product ${text(p.id)} has no OCOP record yet: give it a product set and producer first`,
  },
  duplicate_in_file: {
    vi: (p) => `sản phẩm xuất hiện nhiều lần trong tệp (dòng ${text(p.lines)}): chỉ giữ một dòng`,
    en: (p) => `the product appears more than once in the file (lines ${text(p.lines)}): keep one row`,
  },
  missing_columns: {
    vi: (p) => `thiếu cột ${text(p.columns)} (dòng đầu phải ghi tên các cột ${text(p.expected)})`,
    en: (p) => `missing column(s) ${text(p.columns)} (the first line must name ${text(p.expected)})`,
  },
  unknown_columns: { vi: (p) => `có cột không dùng được: ${text(p.columns)}`, en: (p) => `has columns no import takes: ${text(p.columns)}` },
  one_product_column: { vi: (p) => `chỉ ghi sản phẩm ở một cột (đang có ${text(p.columns)})`, en: (p) => `name the product in one column only (found ${text(p.columns)})` },
  no_rows: { vi: () => "chỉ có dòng tiêu đề, không có dòng dữ liệu nào", en: () => "has a header but no rows" },
  too_many_rows: {
    vi: (p) => `tối đa ${n(p.maximum)} dòng mỗi lần nhập (tệp có ${n(p.received)}): hãy chia nhỏ tệp`,
    en: (p) => `at most ${n(p.maximum)} rows per import (the file has ${n(p.received)}): split the file`,
  },
  csv_unreadable: {
    vi: (p) => `không đọc được từ dòng ${n(p.line)}: kiểm tra dấu ngoặc kép và số cột của dòng đó`,
    en: (p) => `cannot be read from line ${n(p.line)}: check that line's quotes and number of cells`,
  },
};

const levels: Record<Locale, Record<string, string>> = {
  vi: { district: "huyện", province: "tỉnh", central: "trung ương" },
  en: {},
};

/**
 * One sentence for a problem in a 400's `fields`: "Số điện thoại: cần ít nhất 10 ký tự."
 * `label` names the field as the page shows it; without one the field's own name is used.
 */
export function fieldProblemText(locale: Locale, problem: FieldProblem, label?: string): string {
  const said = sentences[problem.code][locale](problem.params ?? {});
  const name = label ?? problem.field;
  const sentence = name ? `${name}: ${said}` : said.charAt(0).toUpperCase() + said.slice(1);
  return `${sentence}.`;
}
