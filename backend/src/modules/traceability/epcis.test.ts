import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { OCOP_TERMS, ocopTermOf } from "@ocop/core"
import { eventHash } from "@ocop/core/chain"
import Ajv from "ajv"
import addFormats from "ajv-formats"
import { describe, expect, it } from "vitest"
import { type ExportEvent, type ExportLot, locationUri, timeWithOffset, toEpcisDocument } from "./epcis"
import { TraceEventInput as EventSchema, type TraceEventInput, toNewEvent } from "./input"

const STANDARDS = path.resolve(__dirname, "../../../../tests/fixtures/epcis")
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const validate = ajv.compile(JSON.parse(readFileSync(path.join(STANDARDS, "EPCIS-JSON-Schema.json"), "utf8")))

const SITE = "https://ocop.example.vn"
const lot: ExportLot = {
  id: "lot_1",
  gtin: "08939990000016",
  code: "HDTOMNON10-L01",
  short_code: "DM000001",
  product_title: "Chè tôm nõn Hảo Đạt",
  quantity: 240,
  unit: "H87",
  area: "Đồi chè Tân Cương",
  area_code: "VN-TNTN-0001",
  harvested_at: "2026-10-20T00:00:00Z",
  produced_at: null,
  packed_at: "2026-10-30T00:00:00Z",
  expires_at: "2027-10-30T00:00:00Z",
  standards: [{ code: "vietgap", reference: "VietGAP-TT-0001" }],
}

/** A tea lot's journey, through the same validation and hashing as recorded events. */
function journey(): ExportEvent[] {
  const inputs: Partial<TraceEventInput>[] = [
    {
      action: "ADD",
      biz_step: "ocop:harvesting",
      disposition: "active",
      event_time: "2026-10-20T06:30:00+07:00",
      read_point: { name: "Đồi chè Tân Cương", place_handle: "tan-cuong" },
      quantity: 120,
      uom: "KGM",
      ilmd: { "cbvmda:lotNumber": "HDTOMNON10-L01", "cbvmda:harvestStartDate": "2026-10-20" },
    },
    {
      type: "TransformationEvent",
      biz_step: "ocop:processing",
      event_time: "2026-10-22T09:30:00+07:00",
      read_point: { name: "Xưởng chè" },
      inputs: [{ material: "fresh-tea-leaves", quantity: 120, uom: "KGM" }],
      outputs: [{ material: "lot", quantity: 24, uom: "KGM" }],
    },
    { biz_step: "inspecting", disposition: "conformant", event_time: "2026-10-27T14:30:00+07:00", read_point: { name: "Xưởng chè", geo: { lat: 21.57, lng: 105.78 } } },
    { biz_step: "packing", event_time: "2026-10-30T10:30:00+07:00", read_point: { name: "Xưởng chè" }, serials: ["DEMO-UNIT-0001", "DEMO-COPY-0001"], quantity: 240, uom: "H87" },
    {
      biz_step: "shipping",
      disposition: "in_transit",
      event_time: "2026-11-01T08:30:00+07:00",
      read_point: { name: "Xưởng chè" },
      biz_location: { name: "Showroom OCOP", place_handle: "thinh-duc" },
      quantity: 60,
      uom: "H87",
    },
  ]
  const events: ExportEvent[] = []
  for (const [index, raw] of inputs.entries()) {
    const parsed = EventSchema.parse(raw)
    const content = { ...toNewEvent(parsed, "staff:test"), seq: index + 1, event_id: `urn:uuid:00000000-0000-4000-8000-00000000000${index}` }
    const prev = events.at(-1)?.hash ?? null
    events.push({ ...(content as unknown as ExportEvent), id: `tev_${index}`, prev_hash: prev, hash: eventHash(content, prev) })
  }
  return events
}

describe("EPCIS 2.0 export", () => {
  it("checks GS1's own examples with the same validator (so a pass below means something)", () => {
    for (const file of readdirSync(STANDARDS).filter((f) => f.startsWith("Example_"))) {
      expect(validate(JSON.parse(readFileSync(path.join(STANDARDS, file), "utf8"))), file).toBe(true)
    }
    const broken = JSON.parse(readFileSync(path.join(STANDARDS, "Example_9.6.1-ObjectEvent.jsonld"), "utf8"))
    broken.epcisBody.eventList[0].action = "TOUCH"
    expect(validate(broken)).toBe(false)
  })

  it("writes a lot's journey as a document that validates against the EPCIS 2.0 JSON schema", () => {
    const document = toEpcisDocument({ siteUrl: SITE, lot, events: journey(), serials: "all" })
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    const [harvest, processing, , packing, shipping] = document.epcisBody.eventList as Record<string, unknown>[]
    expect(harvest).toMatchObject({ type: "ObjectEvent", action: "ADD", bizStep: "ocop:harvesting", eventTime: "2026-10-20T06:30:00+07:00", eventTimeZoneOffset: "+07:00" })
    expect(harvest.ilmd).toEqual({ "cbvmda:lotNumber": "HDTOMNON10-L01", "cbvmda:harvestStartDate": "2026-10-20" })
    expect(processing.inputQuantityList).toEqual([{ epcClass: `${SITE}/ns/ocop#material/fresh-tea-leaves`, quantity: 120, uom: "KGM" }])
    expect(processing.outputQuantityList).toEqual([{ epcClass: "https://id.gs1.org/01/08939990000016/10/HDTOMNON10-L01", quantity: 24, uom: "KGM" }])
    expect(packing.epcList).toEqual(["https://id.gs1.org/01/08939990000016/21/DEMO-UNIT-0001", "https://id.gs1.org/01/08939990000016/21/DEMO-COPY-0001"])
    expect(shipping.bizLocation).toEqual({ id: `${SITE}/places/thinh-duc` })
    expect(document["@context"]).toEqual(["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", { ocop: `${SITE}/ns/ocop#` }])
  })

  it("includes every serial of the lot: units no event names get a derived commissioning event", () => {
    const register = [
      { serial: "DEMO-UNIT-0001", created_at: "2026-10-30T03:00:00.123Z" },
      { serial: "DEMO-COPY-0001", created_at: "2026-10-30T03:00:00.123Z" },
      { serial: "UNNAMED-0002", created_at: "2026-10-30T03:00:00.456Z" },
      { serial: "UNNAMED-0001", created_at: "2026-10-30T03:00:00.456Z" },
      { serial: "LATER-0001", created_at: "2026-11-02T01:00:00Z" },
    ]
    const document = toEpcisDocument({ siteUrl: SITE, lot, events: journey(), serials: "all", register })
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    const derived = (document.epcisBody.eventList as Record<string, unknown>[]).filter((event) => event["ocop:derivedFrom"])
    expect(derived).toHaveLength(2)
    expect(derived[0]).toMatchObject({ action: "ADD", bizStep: "commissioning", eventTime: "2026-10-30T10:00:00+07:00" })
    expect(derived[0]?.epcList).toEqual(["https://id.gs1.org/01/08939990000016/21/UNNAMED-0001", "https://id.gs1.org/01/08939990000016/21/UNNAMED-0002"])
    expect(derived[1]?.epcList).toEqual(["https://id.gs1.org/01/08939990000016/21/LATER-0001"])
    const text = JSON.stringify(document.epcisBody)
    for (const { serial } of register) expect(text, serial).toContain(serial)
    // The same export twice names the derived events alike.
    const again = toEpcisDocument({ siteUrl: SITE, lot, events: journey(), serials: "all", register })
    expect(again.epcisBody.eventList.slice(0, 2)).toEqual(document.epcisBody.eventList.slice(0, 2))
    // The public sees only the scanned unit's commissioning.
    const scanned = toEpcisDocument({ siteUrl: SITE, lot, events: journey(), serials: ["UNNAMED-0001"], register })
    expect(JSON.stringify(scanned)).not.toContain("UNNAMED-0002")
    expect(JSON.stringify(scanned)).toContain("UNNAMED-0001")
  })

  it("names a location by its GLN (Digital Link, AI 414) when it has one, and refuses a GLN with a wrong check digit", () => {
    expect(locationUri(SITE, { name: "Xưởng chè", gln: "8939990000009", place_handle: "tan-cuong" })).toBe("https://id.gs1.org/414/8939990000009")
    expect(locationUri(SITE, { name: "Xưởng chè Tân Cương" })).toBe(`${SITE}/ns/ocop#location/xuong-che-tan-cuong`)
    const ok = EventSchema.safeParse({ biz_step: "packing", event_time: "2026-10-30T10:30:00+07:00", read_point: { name: "Xưởng", gln: "8939990000009" } })
    expect(ok.success).toBe(true)
    const bad = EventSchema.safeParse({ biz_step: "packing", event_time: "2026-10-30T10:30:00+07:00", read_point: { name: "Xưởng", gln: "8939990000008" } })
    expect(bad.success).toBe(false)
  })

  it("uses only ocop: terms its vocabulary defines; an unknown ocop: ILMD key is refused", () => {
    const register = [{ serial: "UNNAMED-0001", created_at: "2026-10-30T03:00:00Z" }]
    const text = JSON.stringify(toEpcisDocument({ siteUrl: SITE, lot, events: journey(), serials: "all", register }))
    expect(text).not.toContain("urn:ocop")
    const ns = `${SITE}/ns/ocop#`
    const used = [...text.matchAll(/"(ocop:[^"]+)"/g), ...text.matchAll(new RegExp(`"(${ns.replace(/[.#/]/g, "\\$&")}[^"]*)"`, "g"))]
      .map((m) => m[1] ?? "")
      .filter((term) => term !== ns) // the @context declaring the prefix
    expect(used.length).toBeGreaterThan(5)
    for (const term of used) expect(Object.keys(OCOP_TERMS), term).toContain(ocopTermOf(term, ns))
    const unknown = EventSchema.safeParse({ action: "ADD", biz_step: "packing", event_time: "2026-10-30T10:30:00+07:00", read_point: { name: "X" }, ilmd: { "ocop:madeUp": "1" } })
    expect(unknown.success).toBe(false)
  })

  it("carries the raw-material area and its planting-area code in the lot's master data", () => {
    const document = toEpcisDocument({ siteUrl: SITE, lot, events: journey(), serials: "all" }) as unknown as {
      epcisHeader: { epcisMasterData: { vocabularyList: { vocabularyElementList: { attributes: { id: string; attribute: unknown }[] }[] }[] } }
    }
    const attributes = document.epcisHeader.epcisMasterData.vocabularyList[0]?.vocabularyElementList[0]?.attributes ?? []
    expect(attributes).toContainEqual({ id: "ocop:area", attribute: "Đồi chè Tân Cương" })
    expect(attributes).toContainEqual({ id: "ocop:area_code", attribute: "VN-TNTN-0001" })
    const without = toEpcisDocument({ siteUrl: SITE, lot: { ...lot, area_code: null }, events: journey(), serials: "all" })
    expect(JSON.stringify(without)).not.toContain("ocop:area_code")
  })

  it("shows the public only the scanned serial, and still validates", () => {
    const document = toEpcisDocument({ siteUrl: SITE, lot, events: journey(), serials: ["DEMO-UNIT-0001"] })
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    const text = JSON.stringify(document)
    expect(text).toContain("DEMO-UNIT-0001")
    expect(text).not.toContain("DEMO-COPY-0001")
    const none = toEpcisDocument({ siteUrl: SITE, lot: { ...lot, gtin: null }, events: journey(), serials: [] })
    expect(validate(none), JSON.stringify(validate.errors)).toBe(true)
    expect(JSON.stringify(none)).not.toContain("DEMO-")
    expect(JSON.stringify(none)).toContain(`${SITE}/t/DM000001`)
  })

  it("declares a corrected event in error, pointing at its correction", () => {
    const events = journey()
    const correction = {
      ...events[4],
      id: "tev_9",
      seq: 6,
      event_id: "urn:uuid:00000000-0000-4000-8000-000000000099",
      corrects_event_id: "tev_4",
      quantity: 50,
      created_at: "2026-11-02T00:00:00Z",
    }
    const document = toEpcisDocument({ siteUrl: SITE, lot, events: [...events, correction], serials: "all" })
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    const corrected = document.epcisBody.eventList[4] as { errorDeclaration?: unknown }
    expect(corrected.errorDeclaration).toEqual({
      declarationTime: "2026-11-02T00:00:00.000Z",
      reason: "incorrect_data",
      correctiveEventIDs: ["urn:uuid:00000000-0000-4000-8000-000000000099"],
    })
  })

  it("writes times in the offset where they happened", () => {
    expect(timeWithOffset("2026-10-19T23:30:00Z", "+07:00")).toBe("2026-10-20T06:30:00+07:00")
    expect(timeWithOffset("2026-10-20T06:30:00Z", "-05:00")).toBe("2026-10-20T01:30:00-05:00")
  })
})
