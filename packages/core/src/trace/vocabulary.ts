/**
 * The words of traceability: EPCIS event types, the business steps and
 * dispositions we record (CBV 2.0 names, plus `ocop:` extensions for steps
 * CBV has none for), and how each reads to a consumer in plain Vietnamese or
 * English. Shared by the backend (validation, export) and the storefront.
 */
export const EVENT_TYPES = ["ObjectEvent", "AggregationEvent", "TransformationEvent", "TransactionEvent"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

type Words = { vi: string; en: string };

/** Business steps a producer can record, in plain words. CBV has no harvest or processing step. */
export const BIZ_STEPS = {
  "ocop:harvesting": { vi: "Thu hoạch", en: "Harvested" },
  "ocop:processing": { vi: "Chế biến", en: "Processed" },
  commissioning: { vi: "Đưa vào sản xuất", en: "Made" },
  inspecting: { vi: "Kiểm tra chất lượng", en: "Quality checked" },
  packing: { vi: "Đóng gói", en: "Packed" },
  storing: { vi: "Nhập kho", en: "Stored" },
  shipping: { vi: "Vận chuyển đi", en: "Shipped" },
  receiving: { vi: "Đã nhận hàng", en: "Received" },
  retail_selling: { vi: "Bán lẻ", en: "Sold" },
  destroying: { vi: "Tiêu huỷ", en: "Destroyed" },
} satisfies Record<string, Words>;
export type BizStep = keyof typeof BIZ_STEPS;

export const DISPOSITIONS = {
  active: { vi: "Đang lưu hành", en: "Active" },
  in_progress: { vi: "Đang xử lý", en: "In progress" },
  in_transit: { vi: "Đang vận chuyển", en: "In transit" },
  sellable_accessible: { vi: "Đang bày bán", en: "On sale" },
  conformant: { vi: "Đạt yêu cầu", en: "Passed" },
  non_conformant: { vi: "Không đạt", en: "Failed" },
  recalled: { vi: "Đã thu hồi", en: "Recalled" },
  expired: { vi: "Hết hạn", en: "Expired" },
  destroyed: { vi: "Đã tiêu huỷ", en: "Destroyed" },
} satisfies Record<string, Words>;
export type Disposition = keyof typeof DISPOSITIONS;

/** UN/ECE Recommendation 20 codes used for lots and quantities. */
export const UNITS = {
  KGM: { vi: "kg", en: "kg" },
  GRM: { vi: "g", en: "g" },
  LTR: { vi: "lít", en: "L" },
  H87: { vi: "sản phẩm", en: "pieces" },
} satisfies Record<string, Words>;
export type Unit = keyof typeof UNITS;

/** Production standards a lot can declare, with the name a consumer knows. */
export const STANDARDS = {
  vietgap: { vi: "VietGAP", en: "VietGAP" },
  globalgap: { vi: "GlobalG.A.P.", en: "GlobalG.A.P." },
  "organic-tcvn": { vi: "Hữu cơ TCVN 11041", en: "Organic (TCVN 11041)" },
  "organic-eu": { vi: "Hữu cơ EU", en: "EU organic" },
  haccp: { vi: "HACCP", en: "HACCP" },
  "iso-22000": { vi: "ISO 22000", en: "ISO 22000" },
} satisfies Record<string, Words>;
export type StandardCode = keyof typeof STANDARDS;

/** The JSON-LD prefix of our extensions (steps, ILMD, chain fields), relative to the site. */
export const OCOP_NAMESPACE_PATH = "/ns/ocop#";

/** What kind of thing an `ocop:` term names, as the vocabulary document (/ns/ocop) says. */
export type OcopTermKind = "BizStep" | "Property" | "IdentifierScheme";

/** One term of our namespace: its kind and what it means, in both languages. */
export type OcopTerm = { kind: OcopTermKind; label: Words; comment: Words };

/**
 * Every term our EPCIS documents use in the `ocop:` namespace (`OCOP_NAMESPACE_PATH`
 * on the site): each one dereferences to the vocabulary document, which the
 * storefront renders from this list as JSON-LD and as a page. A term used in an
 * export and missing here is a bug (the export tests check it).
 */
export const OCOP_TERMS = {
  harvesting: {
    kind: "BizStep",
    label: { vi: "Thu hoạch", en: "Harvesting" },
    comment: {
      vi: "Thu hái nguyên liệu (búp chè, dược liệu, lúa…) từ vùng trồng. CBV 2.0 không có bước này.",
      en: "Gathering the raw material (tea buds, herbs, paddy…) from the growing area. CBV 2.0 has no such step.",
    },
  },
  processing: {
    kind: "BizStep",
    label: { vi: "Chế biến", en: "Processing" },
    comment: {
      vi: "Biến nguyên liệu thành sản phẩm (sao, sấy, nghiền…). CBV 2.0 không có bước chung nào cho việc này.",
      en: "Turning the raw material into the product (roasting, drying, milling…). CBV 2.0 has no general step for it.",
    },
  },
  sequence: {
    kind: "Property",
    label: { vi: "Số thứ tự", en: "Sequence" },
    comment: { vi: "Vị trí của sự kiện trong chuỗi sự kiện của lô, bắt đầu từ 1.", en: "The event's place in its lot's chain of events, from 1." },
  },
  hash: {
    kind: "Property",
    label: { vi: "Mã băm", en: "Hash" },
    comment: {
      vi: "SHA-256 của sự kiện cùng mã băm của sự kiện trước: sửa một sự kiện đã ghi sẽ làm đứt chuỗi.",
      en: "SHA-256 of the event with the previous event's hash: changing a recorded event breaks the chain.",
    },
  },
  previousHash: {
    kind: "Property",
    label: { vi: "Mã băm trước", en: "Previous hash" },
    comment: { vi: "Mã băm của sự kiện đứng trước trong chuỗi.", en: "The hash of the event before it in the chain." },
  },
  derivedFrom: {
    kind: "Property",
    label: { vi: "Suy ra từ", en: "Derived from" },
    comment: {
      vi: "Sự kiện không do người sản xuất ghi mà nền tảng suy ra từ sổ đăng ký (ví dụ: các mã đơn vị được tạo cho lô).",
      en: "An event the producer did not record but the platform derives from its register (e.g. the unit serials made for a lot).",
    },
  },
  area: {
    kind: "Property",
    label: { vi: "Vùng trồng", en: "Growing area" },
    comment: { vi: "Tên vùng trồng hoặc vùng nguyên liệu của lô.", en: "The name of the lot's growing or sourcing area." },
  },
  area_code: {
    kind: "Property",
    label: { vi: "Mã số vùng trồng", en: "Growing area code" },
    comment: { vi: "Mã số vùng trồng do cơ quan nông nghiệp cấp.", en: "The growing area code issued by the agriculture authority." },
  },
  standard: {
    kind: "Property",
    label: { vi: "Tiêu chuẩn", en: "Standard" },
    comment: {
      vi: "Tiêu chuẩn sản xuất lô công bố (VietGAP, hữu cơ…) và số chứng nhận.",
      en: "A production standard the lot declares (VietGAP, organic…) and its certificate number.",
    },
  },
  material: {
    kind: "IdentifierScheme",
    label: { vi: "Nguyên liệu", en: "Material" },
    comment: {
      vi: "Loại nguyên liệu đầu vào: ocop:material/{mã}, ví dụ ocop:material/fresh-tea-leaves; tên đọc được nằm trong sự kiện.",
      en: "A kind of input material: ocop:material/{code}, e.g. ocop:material/fresh-tea-leaves; its readable name is in the event.",
    },
  },
  location: {
    kind: "IdentifierScheme",
    label: { vi: "Địa điểm", en: "Location" },
    comment: {
      vi: "Địa điểm chưa có GLN hay toạ độ: ocop:location/{tên}; tên đầy đủ nằm trong dữ liệu chủ (master data) của tài liệu.",
      en: "A place with neither a GLN nor coordinates: ocop:location/{name}; its full name is in the document's master data.",
    },
  },
} satisfies Record<string, OcopTerm>;
export type OcopTermName = keyof typeof OCOP_TERMS;

/** The term an expanded or prefixed `ocop:` identifier names ("ocop:material/paddy" → "material"), or null. */
export function ocopTermOf(identifier: string, namespace: string): string | null {
  const local = identifier.startsWith("ocop:") ? identifier.slice(5) : identifier.startsWith(namespace) ? identifier.slice(namespace.length) : null;
  return local === null ? null : (local.split("/")[0] ?? null);
}
