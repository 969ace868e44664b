import type { Locale } from "./messages.ts";

/** The producer portal's label printing (merged into messages.ts). */
export const labelMessages = {
  "labels.heading": { vi: "In tem QR", en: "Print QR labels" },
  "labels.serials": { vi: "Tem cho từng sản phẩm (mỗi tem một mã riêng)", en: "A label per unit (each with its own code)" },
  "labels.lot": { vi: "Tem mã lô (cùng một mã cho cả lô)", en: "Lot labels (one code for the whole lot)" },
  "labels.a4": { vi: "Tờ A4, 21 tem (63,5 × 38,1 mm)", en: "A4 sheet, 21 labels (63.5 × 38.1 mm)" },
  "labels.thermal": { vi: "Máy in nhiệt, tem 50 × 30 mm", en: "Thermal printer, 50 × 30 mm labels" },
  "labels.noSerials": { vi: "Tạo mã sản phẩm bên dưới trước khi in tem từng sản phẩm.", en: "Make unit codes below before printing a label per unit." },
} satisfies Record<string, Record<Locale, string>>;
