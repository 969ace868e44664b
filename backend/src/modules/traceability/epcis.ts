import { createHash } from "node:crypto"
import { LOT_TEXT_FACTS, type LotTextFacts, OCOP_NAMESPACE_PATH, type QuantityItem, type TraceLocation } from "@ocop/core"
import { foldVietnamese } from "../ocop/fold"
import { type LinkableLot, lotClassUri, lotPath, serialUri, siteUri } from "./links"

/**
 * A lot's events as an EPCIS 2.0 JSON-LD document (GS1's EPCIS 2.0 JSON
 * schema; see tests). Where an event happened goes in master data (ReadPoint
 * and BusinessLocation names); our own fields use the `ocop:` namespace.
 */

export const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

export type { QuantityItem, TraceLocation }

export type ExportLot = LinkableLot & {
  id: string
  product_title: string
  quantity: number
  unit: string
  harvested_at: Date | string | null
  produced_at: Date | string | null
  packed_at: Date | string | null
  expires_at: Date | string | null
  standards: { code: string; reference?: string | null; issuer?: string | null }[] | null
} & LotTextFacts

export type ExportEvent = {
  seq: number
  event_id: string
  type: string
  action: string | null
  biz_step: string
  disposition: string | null
  event_time: Date | string
  time_zone_offset: string
  read_point: TraceLocation | null
  biz_location: TraceLocation | null
  serials: string[] | null
  quantity: number | null
  uom: string | null
  ilmd: Record<string, unknown> | null
  inputs: QuantityItem[] | null
  outputs: QuantityItem[] | null
  corrects_event_id: string | null
  id: string
  hash: string
  prev_hash: string | null
  created_at?: Date | string
}

/** "2026-05-10T07:30:00+07:00": the instant, written in the offset where it happened. */
export function timeWithOffset(instant: Date | string, offset: string): string {
  const sign = offset.startsWith("-") ? -1 : 1
  const [hours, minutes] = offset.slice(1).split(":").map(Number)
  const shifted = new Date(new Date(instant).getTime() + sign * (hours * 60 + minutes) * 60_000)
  return `${shifted.toISOString().slice(0, 19)}${offset}`
}

const day = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : undefined)

/**
 * A location's identifier, the most exact one known: its GLN as a GS1 Digital
 * Link (AI 414, as EPCIS 2.0 names locations), its coordinates, its place page,
 * or else a name in our vocabulary (`ocop:location/…`, see /ns/ocop).
 */
export function locationUri(siteUrl: string, location: TraceLocation): string {
  if (location.gln) return `https://id.gs1.org/414/${location.gln}`
  if (location.geo) return `geo:${location.geo.lat},${location.geo.lng}`
  if (location.place_handle) return siteUri(siteUrl, `/places/${location.place_handle}`)
  return `${siteUri(siteUrl, OCOP_NAMESPACE_PATH)}location/${slug(location.name)}`
}

const slug = (name: string) =>
  foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "unnamed"

function quantityList(items: QuantityItem[] | null, lotClass: string | null, ns: string) {
  return (items ?? []).map((item) => ({
    epcClass: item.material === "lot" && lotClass ? lotClass : `${ns}material/${item.material}`,
    quantity: item.quantity,
    uom: item.uom,
  }))
}

/** A unit serial of the lot and when it was made (the platform's register, not an event). */
export type RegisteredSerial = { serial: string; created_at: Date | string }

/** A stable `urn:uuid:` (version 5 layout) for what `seed` names, so a derived event keeps its ID across exports. */
function derivedEventId(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex")
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * Commissioning events for units no recorded event names: the platform made
 * their serials (`register`), so an export that includes every serial says
 * when each unit came to be. One event per batch of serials made together,
 * marked `ocop:derivedFrom` (it is outside the lot's hash chain).
 */
function commissioningOf(register: RegisteredSerial[], named: Set<string>, visible: (serial: string) => boolean, lot: ExportLot, siteUrl: string) {
  const batches = new Map<string, string[]>()
  for (const { serial, created_at } of register) {
    if (named.has(serial) || !visible(serial)) continue
    const at = new Date(created_at).toISOString().slice(0, 19)
    batches.set(at, [...(batches.get(at) ?? []), serial])
  }
  return [...batches].map(([at, serials]) => ({
    type: "ObjectEvent",
    eventTime: timeWithOffset(`${at}Z`, VIETNAM_OFFSET),
    eventTimeZoneOffset: VIETNAM_OFFSET,
    recordTime: `${at}.000Z`,
    eventID: derivedEventId(`${lot.id}/${at}/${serials.join(",")}`),
    action: "ADD",
    bizStep: "commissioning",
    disposition: "active",
    epcList: serials.sort().map((serial) => serialUri(siteUrl, lot, serial)),
    "ocop:derivedFrom": "serial-register",
  }))
}

const VIETNAM_OFFSET = "+07:00"

/**
 * `serials`: which unit serials may appear in epcList — "all" for the lot's
 * owner and partners, the scanned one (or none) for the public. `register`:
 * the lot's serials as made; those no event names get a commissioning event.
 */
export function toEpcisDocument(input: { siteUrl: string; lot: ExportLot; events: ExportEvent[]; serials: "all" | string[]; register?: RegisteredSerial[]; now?: Date }) {
  const { siteUrl, lot } = input
  const ns = siteUri(siteUrl, OCOP_NAMESPACE_PATH)
  const lotClass = lotClassUri(siteUrl, lot)
  const events = [...input.events].sort((a, b) => a.seq - b.seq)
  const correctedBy = new Map(events.filter((e) => e.corrects_event_id).map((e) => [e.corrects_event_id as string, e]))
  const locations = new Map<string, string>()

  const eventList = events.map((event) => {
    const where = (location: TraceLocation | null) => {
      if (!location) return undefined
      const id = locationUri(siteUrl, location)
      locations.set(id, location.name)
      return { id }
    }
    const correction = correctedBy.get(event.id)
    const readPoint = where(event.read_point)
    const bizLocation = where(event.biz_location)
    const visible = (event.serials ?? []).filter((s) => input.serials === "all" || input.serials.includes(s))
    const common = {
      type: event.type,
      eventTime: timeWithOffset(event.event_time, event.time_zone_offset),
      eventTimeZoneOffset: event.time_zone_offset,
      ...(event.created_at ? { recordTime: new Date(event.created_at).toISOString() } : {}),
      eventID: event.event_id,
      ...(correction
        ? {
            errorDeclaration: {
              declarationTime: new Date(correction.created_at ?? correction.event_time).toISOString(),
              reason: "incorrect_data",
              correctiveEventIDs: [correction.event_id],
            },
          }
        : {}),
      bizStep: event.biz_step,
      ...(event.disposition ? { disposition: event.disposition } : {}),
      ...(readPoint ? { readPoint } : {}),
      ...(bizLocation ? { bizLocation } : {}),
    }
    const chain = {
      "ocop:sequence": event.seq,
      "ocop:hash": event.hash,
      ...(event.prev_hash ? { "ocop:previousHash": event.prev_hash } : {}),
    }
    if (event.type === "TransformationEvent") {
      return {
        ...common,
        inputQuantityList: quantityList(event.inputs, lotClass, ns),
        outputQuantityList: event.outputs?.length
          ? quantityList(event.outputs, lotClass, ns)
          : [{ epcClass: lotClass, ...(event.quantity ? { quantity: event.quantity, uom: event.uom ?? lot.unit } : {}) }],
        ...(event.ilmd ? { ilmd: event.ilmd } : {}),
        ...chain,
      }
    }
    return {
      ...common,
      action: event.action ?? "OBSERVE",
      ...(visible.length ? { epcList: visible.map((s) => serialUri(siteUrl, lot, s)) } : {}),
      // An ObjectEvent must name what it saw: the units, or a quantity of the lot (the lot itself when neither is known).
      ...(event.quantity
        ? { quantityList: [{ epcClass: lotClass, quantity: event.quantity, uom: event.uom ?? lot.unit }] }
        : visible.length
          ? {}
          : { quantityList: [{ epcClass: lotClass }] }),
      ...(event.ilmd && event.action === "ADD" ? { ilmd: event.ilmd } : {}),
      ...chain,
    }
  })

  const lotAttributes = [
    { id: "cbvmda:lotNumber", attribute: lot.code },
    { id: "cbvmda:descriptionShort", attribute: lot.product_title },
    { id: "cbvmda:countryOfOrigin", attribute: "VN" },
    ...(lot.harvested_at ? [{ id: "cbvmda:harvestStartDate", attribute: day(lot.harvested_at) }] : []),
    ...(lot.expires_at ? [{ id: "cbvmda:itemExpirationDate", attribute: day(lot.expires_at) }] : []),
    ...LOT_TEXT_FACTS.flatMap((fact) => (lot[fact] ? [{ id: `ocop:${fact}`, attribute: lot[fact] }] : [])),
    ...(lot.standards ?? []).map((s) => ({ id: "ocop:standard", attribute: { code: s.code, reference: s.reference ?? null } })),
  ]

  const named = new Set(events.flatMap((event) => event.serials ?? []))
  const visible = (serial: string) => input.serials === "all" || input.serials.includes(serial)
  const commissioned = commissioningOf(input.register ?? [], named, visible, lot, siteUrl)

  return {
    "@context": [EPCIS_CONTEXT, { ocop: ns }],
    id: `${siteUri(siteUrl, lotPath(lot))}?linkType=gs1:traceability`,
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: (input.now ?? new Date()).toISOString(),
    epcisHeader: {
      epcisMasterData: {
        vocabularyList: [
          {
            type: "urn:epcglobal:epcis:vtype:EPCClass",
            vocabularyElementList: [{ id: lotClass, attributes: lotAttributes }],
          },
          {
            type: "urn:epcglobal:epcis:vtype:ReadPoint",
            vocabularyElementList: [...locations].map(([id, name]) => ({ id, attributes: [{ id: "cbvmda:name", attribute: name }] })),
          },
        ],
      },
    },
    epcisBody: { eventList: [...commissioned, ...eventList] },
  }
}
