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
