import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { gs1CheckDigit, newSerial, type StandardCode, vietnamDate, vietnamDay } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type { TraceLocation } from "../../modules/traceability/epcis"
import type TraceabilityModuleService from "../../modules/traceability/service"
import type { NewTraceEvent } from "../../modules/traceability/service"
import type { SeedPlace, SeedProducer, SeedProduct } from "./ocop-types"

type Container = ExecArgs["container"]

/**
 * Demo lots: one per physical demo product (tourism services have none), each
 * with a journey fitting its kind — tea is picked at its garden, withered and
 * pan-fired, checked, packed and shipped to the provincial OCOP showroom.
 * Dates run back from today so the lots look current. Some products carry
 * a demo GTIN (prefix 893, Vietnam; the company number is made up), the others
 * only a short code. The first product's lot has unit serials, among them two
 * fixed demo serials: DEMO-UNIT-0001 (a genuine unit) and DEMO-COPY-0001,
 * whose scans look like a copied code. All of it is sample data.
 */

const SHOWROOM: TraceLocation = {
  name: "Trung tâm giới thiệu sản phẩm OCOP tỉnh Thái Nguyên (mẫu)",
  place_handle: "thinh-duc",
}

type Kind = "tea" | "harvested" | "processed" | "crafted"

const KIND_BY_SET: Record<string, Kind> = {
  tea: "tea",
  "fresh-produce": "harvested",
  "fresh-animal": "harvested",
  flowers: "harvested",
  "ornamental-plants": "harvested",
  "honey-raw": "harvested",
  "fabric-garments": "crafted",
  "household-crafts": "crafted",
}

/** Raw material of processed products: handle and words, by product set. */
const MATERIALS: Record<string, { material: string; vi: string; en: string }> = {
  tea: { material: "fresh-tea-leaves", vi: "búp chè tươi", en: "fresh tea leaves" },
  "herbal-tea": { material: "fresh-herbs", vi: "dược liệu tươi", en: "fresh herbs" },
  "processed-cereals": { material: "dong-starch", vi: "tinh bột dong riềng", en: "arrowroot starch" },
  "rice-cereals": { material: "paddy", vi: "thóc", en: "paddy rice" },
  liquor: { material: "sticky-rice", vi: "gạo nếp", en: "sticky rice" },
  "other-alcohol": { material: "fruit", vi: "quả tươi", en: "fresh fruit" },
  "processed-animal": { material: "meat", vi: "thịt tươi", en: "fresh meat" },
  "functional-medicine": { material: "medicinal-herbs", vi: "dược liệu", en: "medicinal herbs" },
  "essential-oils": { material: "herb-leaves", vi: "lá cây thảo mộc", en: "herb leaves" },
  "herbal-cosmetics": { material: "herb-leaves", vi: "lá cây thảo mộc", en: "herb leaves" },
}
const DEFAULT_MATERIAL = { material: "raw-material", vi: "nguyên liệu", en: "raw material" }

const PROCESS_NOTES: Record<Kind, { vi: string; en: string }> = {
  tea: { vi: "Làm héo, sao diệt men, vò và sao khô thủ công", en: "Withered, pan-fired, rolled and dried by hand" },
  processed: { vi: "Sơ chế và chế biến tại xưởng của cơ sở", en: "Prepared and processed at the producer's workshop" },
  harvested: { vi: "Phân loại và làm sạch", en: "Sorted and cleaned" },
  crafted: { vi: "Làm thủ công tại xưởng", en: "Made by hand at the workshop" },
}

const DAY = 86_400_000
/** 07:30 Vietnam time, `daysAgo` days before `now`. */
function morning(now: Date, daysAgo: number, hour = 7): Date {
  const vnMidnight = vietnamDate(vietnamDay(now)).getTime()
  return new Date(vnMidnight - daysAgo * DAY + (hour * 60 + 30) * 60_000)
}

/** A demo GTIN-14 for the n-th product (893 9990 + item number + check digit). */
export function demoGtin(n: number): string {
  const body = `0893999${String(n).padStart(6, "0")}`
  return `${body}${gs1CheckDigit(body)}`
}

export const DEMO_SERIALS = { genuine: "DEMO-UNIT-0001", copied: "DEMO-COPY-0001" }

export async function seedTraceJourneys(
  container: Container,
  data: { places: SeedPlace[]; producers: SeedProducer[]; products: SeedProduct[] },
  productIds: Map<string, string>,
  now = new Date(),
): Promise<number> {
  const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const places = new Map(data.places.map((p) => [p.handle, p]))
  const producers = new Map(data.producers.map((p) => [p.handle, p]))
  let created = 0

  for (const [index, product] of data.products.entries()) {
    const productId = productIds.get(product.handle)
    if (!productId || product.product_set === "tourism") continue
    if ((await trace.listTraceLots({ product_id: productId }, { select: ["id"] })).length) continue
    const { data: rows } = await query.graph({ entity: "product", fields: ["variants.id", "variants.sku"], filters: { id: productId } })
    const variants = (rows[0] as { variants?: { id: string; sku: string }[] } | undefined)?.variants ?? []
    const variant = variants.find((v) => v.sku === product.variants[0].sku) ?? variants[0]
    if (!variant) continue

    const kind: Kind = KIND_BY_SET[product.product_set] ?? "processed"
    const place = places.get(product.place)
    const producer = producers.get(product.producer)
    const commune = place?.commune ?? product.place
    const workshop: TraceLocation = { name: `Xưởng ${producer?.legal_name ?? product.producer}`, place_handle: product.place }
    const field: TraceLocation = {
      name: kind === "tea" ? `Đồi chè ${commune}` : kind === "crafted" ? `Xưởng ${producer?.legal_name ?? ""}`.trim() : `Vùng nguyên liệu ${commune}`,
      place_handle: product.place,
    }
    const packed = kind === "crafted" ? 300 : 240
    const standards: { code: StandardCode; reference: string }[] =
      kind === "tea"
        ? [{ code: "vietgap", reference: `VietGAP-TT-${String(index + 1).padStart(4, "0")} (mẫu)` }]
        : kind === "harvested"
          ? [{ code: "vietgap", reference: `VietGAP-TT-${String(index + 1).padStart(4, "0")} (mẫu)` }]
          : []
    const hasGtin = index % 3 === 0
    const sku = product.variants[0].sku
      .replace(/[^A-Z0-9]/gi, "")
      .slice(0, 10)
      .toUpperCase()
    // Staff have given the demo variants with a GTIN their GTIN (a lot may carry only its variant's).
    if (hasGtin) await trace.createTraceGtins({ gtin: demoGtin(index + 1), product_id: productId, variant_id: variant.id })
    const lot = await trace.createTraceLots({
      product_id: productId,
      variant_id: variant.id,
      code: `${sku}-L01`.slice(0, 20),
      short_code: `DM${String(index + 1).padStart(6, "0")}`,
      gtin: hasGtin ? demoGtin(index + 1) : null,
      quantity: packed,
      unit: "H87",
      area: field.name,
      // Grown raw material comes from a registered area with its planting-area code (invented, like every demo lot).
      area_code: kind === "tea" || kind === "harvested" ? `VN-TNTN-${String(index + 1).padStart(4, "0")}` : null,
      place_handle: product.place,
      harvested_at: kind === "crafted" ? null : morning(now, 40),
      produced_at: morning(now, 35),
      packed_at: morning(now, 30),
      expires_at: kind === "crafted" ? null : morning(now, -(kind === "harvested" ? 20 : 365)),
      standards: standards.length ? (standards as unknown as Record<string, unknown>) : null,
    })

    const serials: string[] = []
    if (index === 0) {
      serials.push(DEMO_SERIALS.genuine, DEMO_SERIALS.copied, ...Array.from({ length: 22 }, newSerial))
      await trace.createTraceSerials(serials.map((serial) => ({ serial, lot_id: lot.id })))
    } else if (index % 5 === 0) {
      await trace.generateSerials(lot.id, 12)
    }

    const material = MATERIALS[product.product_set] ?? DEFAULT_MATERIAL
    const rawKg = kind === "tea" ? 240 * 0.1 * 5 : 180
    const base = {
      time_zone_offset: "+07:00",
      recorded_by: "seed:demo",
      corrects_event_id: null,
      biz_location: null,
      serials: null,
      ilmd: null,
      inputs: null,
      outputs: null,
      quantity: null,
      uom: null,
      disposition: null,
      note: null,
    }
    const events: NewTraceEvent[] = []
    if (kind === "crafted") {
      events.push({
        ...base,
        type: "ObjectEvent",
        action: "ADD",
        biz_step: "commissioning",
        disposition: "active",
        event_time: morning(now, 35, 8),
        read_point: workshop,
        quantity: packed,
        uom: "H87",
        ilmd: { "cbvmda:lotNumber": lot.code, "cbvmda:countryOfOrigin": "VN" },
        note: PROCESS_NOTES.crafted,
      })
    } else {
      events.push({
        ...base,
        type: "ObjectEvent",
        action: "ADD",
        biz_step: "ocop:harvesting",
        disposition: "active",
        event_time: morning(now, 40, 6),
        read_point: field,
        quantity: rawKg,
        uom: "KGM",
        ilmd: { "cbvmda:lotNumber": lot.code, "cbvmda:harvestStartDate": morning(now, 40).toISOString().slice(0, 10), "cbvmda:countryOfOrigin": "VN", "ocop:area": field.name },
        note:
          kind === "tea"
            ? { vi: "Hái tay một tôm hai lá vào sáng sớm", en: "Hand-picked, one bud and two leaves, at dawn" }
            : { vi: `Thu hoạch ${material.vi}`, en: `Harvested ${material.en}` },
      })
      if (kind !== "harvested") {
        events.push({
          ...base,
          type: "TransformationEvent",
          action: null,
          biz_step: "ocop:processing",
          disposition: "in_progress",
          event_time: morning(now, 38, 9),
          read_point: workshop,
          inputs: [{ material: material.material, label: material.vi, label_en: material.en, quantity: rawKg, uom: "KGM" }],
          outputs: [{ material: "lot", quantity: kind === "tea" ? rawKg / 5 : rawKg / 2, uom: "KGM" }],
          note: PROCESS_NOTES[kind],
        })
      }
      events.push({
        ...base,
        type: "ObjectEvent",
        action: "OBSERVE",
        biz_step: "inspecting",
        disposition: "conformant",
        event_time: morning(now, 33, 14),
        read_point: workshop,
        note: { vi: "Kiểm tra cảm quan và độ ẩm: đạt", en: "Appearance and moisture checked: passed" },
      })
    }
    events.push({
      ...base,
      type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "packing",
      disposition: "in_progress",
      event_time: morning(now, 30, 10),
      read_point: workshop,
      quantity: packed,
      uom: "H87",
      serials: serials.length ? serials : null,
      note: { vi: `Đóng gói ${packed} sản phẩm`, en: `Packed into ${packed} units` },
    })
    events.push({
      ...base,
      type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "shipping",
      disposition: "in_transit",
      event_time: morning(now, 28, 8),
      read_point: workshop,
      biz_location: SHOWROOM,
      quantity: 60,
      uom: "H87",
    })
    events.push({
      ...base,
      type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "receiving",
      disposition: "sellable_accessible",
      event_time: morning(now, 27, 15),
      read_point: SHOWROOM,
      biz_location: SHOWROOM,
      quantity: 60,
      uom: "H87",
    })
    for (const event of events) await trace.appendEvent(lot.id, event)

    if (index === 0) await seedCopiedCodeScans(trace, lot.id, now)
    created++
  }
  return created
}

/** The copied code: scanned 48 times by 48 people in five provinces within two weeks. The genuine unit: twice, at home, by one person. */
async function seedCopiedCodeScans(trace: TraceabilityModuleService, lotId: string, now: Date) {
  const regions = ["VN-TN", "VN-HN", "VN-HP", "VN-BN", "VN-SG"]
  for (let i = 0; i < 48; i++) {
    await trace.recordScan({
      lot_id: lotId,
      serial: DEMO_SERIALS.copied,
      region: regions[i % regions.length],
      client: `seed-buyer-${String(i).padStart(2, "0")}`,
      device_class: "mobile",
      via: "gs1",
      at: new Date(now.getTime() - (14 - i / 4) * DAY),
    })
  }
  for (let i = 0; i < 2; i++) {
    await trace.recordScan({
      lot_id: lotId,
      serial: DEMO_SERIALS.genuine,
      region: "VN-TN",
      client: "seed-household",
      device_class: "mobile",
      via: "gs1",
      at: new Date(now.getTime() - (3 - i) * DAY),
    })
  }
}
