import { randomUUID } from "node:crypto";
import { type ChainedContent, eventHash } from "@ocop/core/chain";
import { eventCount, SERIALISED_LOT_EVERY, SERIALS_PER_SERIALISED_LOT } from "./scale.ts";

/**
 * Rows of the traceability tables for synthetic lots, as the module would
 * have written them: each lot's events carry the hash chain of
 * @ocop/core/chain (the trace page verifies it), so
 * a generated lot reads "history verified" like a real one. Ids are
 * deterministic (lot n is `lot_bench_n`), so scans can be made in SQL.
 */

/** A bench product the lots belong to (made by backend/src/scripts/bench-catalogue.ts). */
export type BenchProduct = { product_id: string; variant_id: string; index: number };

export const lotId = (n: number) => `lot_bench_${n}`;
export const serialId = (n: number) => `ser_bench_${n}`;
/** Short codes: "B" and seven digits, apart from the demo's "DM…" and random ones. */
export const shortCode = (n: number) => `B${String(n).padStart(7, "0")}`;
export const lotCode = (n: number) => `BL${String(n).padStart(8, "0")}`;

/** A product's GTIN-14 (prefix 893 9980, a made-up company apart from the demo's 893 9990); two products in three have one. */
export function benchGtin(productIndex: number): string | null {
  if (productIndex % 3 === 2) return null;
  const body = `0893998${String(productIndex).padStart(6, "0")}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const DAY = 86_400_000;
const PLACES = ["Tân Cương", "Hóa Thượng", "Vô Tranh", "La Hiên", "Định Hóa", "Phú Bình", "Ba Bể", "Na Rì", "Đại Từ", "Phổ Yên"];
const SHOPS = ["Trung tâm OCOP tỉnh", "Cửa hàng OCOP Hà Nội", "Siêu thị Đà Nẵng", "Cửa hàng OCOP TP.HCM", "Chợ phiên Cần Thơ"];

/** The n-th lot's row (columns of trace_lot) and its first day, from which its journey runs. */
export function lotRow(n: number, product: BenchProduct, now: Date) {
  const start = new Date(now.getTime() - (30 + (n % 300)) * DAY);
  const place = PLACES[n % PLACES.length] as string;
  return {
    start,
    row: {
      id: lotId(n),
      product_id: product.product_id,
      variant_id: product.variant_id,
      code: lotCode(n),
      short_code: shortCode(n),
      gtin: benchGtin(product.index),
      quantity: 240,
      unit: "H87",
      area: `Vùng nguyên liệu ${place}`,
      place_handle: null,
      harvested_at: start,
      produced_at: new Date(start.getTime() + 2 * DAY),
      packed_at: new Date(start.getTime() + 5 * DAY),
      expires_at: new Date(start.getTime() + 365 * DAY),
      standards: n % 2 ? [{ code: "vietgap", reference: `VietGAP-BENCH-${n}` }] : [],
    },
  };
}

/** Unit serials of the n-th lot: none, or SERIALS_PER_SERIALISED_LOT for every SERIALISED_LOT_EVERY-th lot. */
export function serialRows(n: number) {
  if (n % SERIALISED_LOT_EVERY !== 0) return [];
  const first = (n / SERIALISED_LOT_EVERY) * SERIALS_PER_SERIALISED_LOT;
  return Array.from({ length: SERIALS_PER_SERIALISED_LOT }, (_, i) => ({
    id: serialId(first + i),
    serial: `BS${String(first + i).padStart(10, "0")}`,
    lot_id: lotId(n),
  }));
}

/** The lot a serial (by its number) belongs to: the inverse of serialRows. */
export function lotOfSerialSql(serialNumber: string): string {
  return `'lot_bench_' || ((${serialNumber}) / ${SERIALS_PER_SERIALISED_LOT} * ${SERIALISED_LOT_EVERY})`;
}

type EventRow = ChainedContent & { id: string; lot_id: string; prev_hash: string | null; hash: string };

/** The n-th lot's journey: harvest, processing, check, packing, then shipments and receipts along shops. */
export function eventRows(n: number, start: Date): EventRow[] {
  const count = eventCount(n);
  const place = PLACES[n % PLACES.length] as string;
  const farm = { name: `Vùng nguyên liệu ${place}` };
  const workshop = { name: `Xưởng chế biến ${place} số ${n % 997}` };
  const base = {
    action: "OBSERVE" as const,
    disposition: null,
    time_zone_offset: "+07:00",
    read_point: workshop,
    biz_location: null,
    serials: null,
    quantity: null,
    uom: null,
    ilmd: null,
    inputs: null,
    outputs: null,
    note: null,
    corrects_event_id: null,
    recorded_by: "bench",
  };
  const steps: Omit<ChainedContent, "seq" | "event_id" | "event_time">[] = [
    {
      ...base,
      type: "ObjectEvent",
      action: "ADD",
      biz_step: "ocop:harvesting",
      disposition: "active",
      read_point: farm,
      quantity: 120,
      uom: "KGM",
      ilmd: { "cbvmda:lotNumber": lotCode(n), "cbvmda:countryOfOrigin": "VN" },
      note: { vi: "Thu hoạch nguyên liệu", en: "Raw material harvested" },
    },
    {
      ...base,
      type: "TransformationEvent",
      action: null,
      biz_step: "ocop:processing",
      disposition: "in_progress",
      inputs: [{ material: "raw-material", label: "nguyên liệu", label_en: "raw material", quantity: 120, uom: "KGM" }],
      outputs: [{ material: "lot", quantity: 60, uom: "KGM" }],
    },
    { ...base, type: "ObjectEvent", biz_step: "inspecting", disposition: "conformant", note: { vi: "Kiểm tra cảm quan: đạt", en: "Checked: passed" } },
    { ...base, type: "ObjectEvent", biz_step: "packing", disposition: "in_progress", quantity: 240, uom: "H87" },
  ];
  for (let i = steps.length; i < count; i++) {
    const shop = { name: SHOPS[(n + i) % SHOPS.length] as string };
    steps.push(
      i % 2 === 0
        ? { ...base, type: "ObjectEvent", biz_step: "shipping", disposition: "in_transit", biz_location: shop, quantity: 24, uom: "H87" }
        : { ...base, type: "ObjectEvent", biz_step: "receiving", disposition: "sellable_accessible", read_point: shop, biz_location: shop, quantity: 24, uom: "H87" },
    );
  }
  let prev: string | null = null;
  return steps.map((step, i) => {
    const content: ChainedContent = { ...step, seq: i + 1, event_id: `urn:uuid:${randomUUID()}`, event_time: new Date(start.getTime() + i * DAY + 8 * 3_600_000) };
    const hash = eventHash(content, prev);
    const row: EventRow = { ...content, id: `tev_bench_${n}_${i + 1}`, lot_id: lotId(n), prev_hash: prev, hash };
    prev = hash;
    return row;
  });
}
