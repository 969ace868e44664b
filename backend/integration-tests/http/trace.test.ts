import { readFileSync } from "node:fs"
import path from "node:path"
import { newScanId, SCAN_SECRET_HEADER } from "@ocop/core"
import Ajv from "ajv"
import addFormats from "ajv-formats"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { products as seedProducts } from "../../src/scripts/seed/ocop-catalogue/index.ts"
import { adminFetch, adminToken } from "./admin-client.ts"
import { sqlOn } from "./db.ts"
import { EVENT_WAIT_MS } from "./waits.ts"

const { backendUrl, databaseUrl, storefrontUrl, publishableKey, scanSecret } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>
let token: string

const schema = JSON.parse(readFileSync(path.resolve(__dirname, "../../../tests/fixtures/epcis/EPCIS-JSON-Schema.json"), "utf8"))
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const validateEpcis = ajv.compile(schema)

const sql = sqlOn(databaseUrl)

const store = (p: string, init: RequestInit = {}) =>
  fetch(`${backendUrl}${p}`, { ...init, headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json", ...init.headers } })
const productId = async (handle: string) => (await sql<{ id: string }>("select id from product where handle = $1", [handle]))[0]?.id ?? ""
/** The noodle product has two variants: a lot names the 500 g one. */
const noodles = async () => ({
  product_id: await productId("mien-viet-cuong"),
  variant_id: (await sql<{ id: string }>("select id from product_variant where sku = 'VC-MIEN-500'"))[0]?.id ?? "",
})
const eventCount = async (lotId: string) => Number((await sql<{ n: string }>("select count(*) n from trace_event where lot_id = $1", [lotId]))[0]?.n)

/** Lot codes of this run: the tests can run again on the same platform. */
const RUN = Date.now().toString(36).toUpperCase().slice(-6)
const packing = (time: string) => ({ biz_step: "packing", event_time: time, read_point: { name: "Xưởng thử nghiệm", place_handle: "phu-binh" }, quantity: 10, uom: "H87" })

beforeAll(async () => {
  admin = await adminFetch(backendUrl)
  token = await adminToken(backendUrl)
})

describe("demo lots", () => {
  it("every physical demo product has a lot whose chain holds", async () => {
    const physical = seedProducts.filter((p) => p.product_set !== "tourism").map((p) => p.handle)
    const rows = await sql<{ handle: string }>("select p.handle from product p join trace_lot l on l.product_id = p.id where p.handle = any($1) group by p.handle", [physical])
    expect(rows.map((r) => r.handle).sort()).toEqual([...physical].sort())
    const response = await store("/store/trace/resolve?short=DM000002")
    const { trace } = await response.json()
    expect(trace.chain).toEqual({ verified: true, events: trace.events.length })
    expect(trace.events.map((e: { biz_step: string }) => e.biz_step)).toEqual(["ocop:harvesting", "ocop:processing", "inspecting", "packing", "shipping", "receiving"])
  })

  it("flags the demo's copied serial and not its genuine one", async () => {
    const serials = await sql<{ serial: string; flagged_at: Date | null }>("select serial, flagged_at from trace_serial where serial like 'DEMO-%' order by serial")
    expect(serials.map((s) => [s.serial, s.flagged_at !== null])).toEqual([
      ["DEMO-COPY-0001", true],
      ["DEMO-UNIT-0001", false],
    ])
  })
})

describe("lots and events through the Admin API", () => {
  let lotId = ""
  let serials: string[] = []

  it("refuses a bad lot with every problem named, writing nothing", async () => {
    const before = Number((await sql<{ n: string }>("select count(*) n from trace_lot"))[0]?.n)
    const bad = await admin("/admin/trace/lots", {
      body: { product_id: await productId("mien-viet-cuong"), code: "Lô 1", gtin: "8939990000999", quantity: -1, unit: "KGM" },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/code: must be 1–20 letters/)
    expect(bad.body.message).toMatch(/gtin: must be a GTIN/)
    expect(bad.body.message).toMatch(/quantity: /)
    expect(Number((await sql<{ n: string }>("select count(*) n from trace_lot"))[0]?.n)).toBe(before)
    const unknown = await admin("/admin/trace/lots", { body: { product_id: "prod_nope", code: "L-X", quantity: 1, unit: "KGM" } })
    expect(unknown.status).toBe(404)
    const ambiguous = await admin("/admin/trace/lots", { body: { product_id: (await noodles()).product_id, code: "L-X", quantity: 1, unit: "KGM" } })
    expect(ambiguous.status).toBe(400)
    expect(ambiguous.body.message).toMatch(/2 variants: name the lot's variant_id/)
  })

  it("opens a lot with serials, and appends events to its chain", async () => {
    const created = await admin("/admin/trace/lots", {
      body: {
        ...(await noodles()),
        code: `IT-${RUN}`,
        quantity: 50,
        unit: "KGM",
        packed_at: "2026-11-01",
        expires_at: "2027-11-01",
        serial_count: 3,
        standards: [{ code: "haccp", reference: "HACCP-01" }],
      },
    })
    expect(created.status).toBe(201)
    lotId = created.body.lot.id
    serials = created.body.serials
    expect(serials).toHaveLength(3)
    expect(created.body.lot.short_code).toMatch(/^[0-9A-Z]{8}$/)

    const first = await admin(`/admin/trace/lots/${lotId}/events`, { body: { ...packing("2026-11-01T09:00:00+07:00"), serials } })
    expect(first.status).toBe(201)
    expect(first.body.event).toMatchObject({ seq: 1, prev_hash: null, time_zone_offset: "+07:00" })
    const second = await admin(`/admin/trace/lots/${lotId}/events`, {
      body: { biz_step: "shipping", disposition: "in_transit", event_time: "2026-11-02T08:00:00+07:00", read_point: { name: "Xưởng thử nghiệm" }, quantity: 10, uom: "H87" },
    })
    expect(second.body.event).toMatchObject({ seq: 2, prev_hash: first.body.event.hash })
    const correction = await admin(`/admin/trace/lots/${lotId}/events`, {
      body: { ...packing("2026-11-01T09:00:00+07:00"), quantity: 12, corrects_event_id: first.body.event.id, note: { vi: "Sửa số lượng" } },
    })
    expect(correction.status).toBe(201)

    const detail = await admin(`/admin/trace/lots/${lotId}`)
    expect(detail.body.chain).toEqual({ verified: true, events: 3 })
    expect(detail.body.serials).toHaveLength(3)
  })

  it("refuses an event naming another lot's serial or event, appending nothing", async () => {
    const before = await eventCount(lotId)
    const foreign = await admin(`/admin/trace/lots/${lotId}/events`, { body: { ...packing("2026-11-03T09:00:00+07:00"), serials: ["DEMO-COPY-0001"] } })
    expect(foreign.status).toBe(400)
    expect(foreign.body.message).toMatch(/DEMO-COPY-0001/)
    const [other] = await sql<{ id: string }>("select id from trace_event where lot_id <> $1 limit 1", [lotId])
    const wrongCorrection = await admin(`/admin/trace/lots/${lotId}/events`, { body: { ...packing("2026-11-03T09:00:00+07:00"), corrects_event_id: other?.id } })
    expect(wrongCorrection.status).toBe(400)
    const malformed = await admin(`/admin/trace/lots/${lotId}/events`, { body: { ...packing("tomorrow"), biz_step: "teleporting" } })
    expect(malformed.status).toBe(400)
    expect(await eventCount(lotId)).toBe(before)
  })

  it("exports the lot as EPCIS 2.0 that validates, with the correction declared", async () => {
    const response = await fetch(`${backendUrl}/admin/trace/lots/${lotId}/epcis`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.headers.get("content-type")).toMatch(/application\/ld\+json/)
    const document = await response.json()
    expect(validateEpcis(document), JSON.stringify(validateEpcis.errors)).toBe(true)
    expect(document.epcisBody.eventList[0].epcList).toHaveLength(3)
    expect(document.epcisBody.eventList[0].errorDeclaration.correctiveEventIDs).toEqual([document.epcisBody.eventList[2].eventID])
  })

  it("prints QR codes and label sheets that carry the resolver's URI", async () => {
    const png = await fetch(`${backendUrl}/admin/trace/lots/${lotId}/qr?format=png&serial=${serials[0]}`, { headers: { authorization: `Bearer ${token}` } })
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()))
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? ""
    const [lot] = await sql<{ short_code: string }>("select short_code from trace_lot where id = $1", [lotId])
    expect(decoded).toBe(`${storefrontUrl}/t/${lot?.short_code}/${serials[0]}`)
    // The decoded URI opens this unit's trace page.
    expect((await fetch(decoded)).status).toBe(200)

    const pdf = await fetch(`${backendUrl}/admin/trace/lots/${lotId}/labels?serials=all`, { headers: { authorization: `Bearer ${token}` } })
    expect(pdf.headers.get("content-type")).toBe("application/pdf")
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-")
    const wrong = await fetch(`${backendUrl}/admin/trace/lots/${lotId}/labels?serials=NOT-MINE`, { headers: { authorization: `Bearer ${token}` } })
    expect(wrong.status).toBe(400)
    const anonymous = await fetch(`${backendUrl}/admin/trace/lots/${lotId}/labels?serials=all`)
    expect(anonymous.status).toBe(401)
  })

  it("keeps events append-only in the database, and detects an edit made around that", async () => {
    await expect(sql("update trace_event set quantity = 999 where lot_id = $1", [lotId])).rejects.toThrow(/append-only/)
    await expect(sql("delete from trace_event where lot_id = $1", [lotId])).rejects.toThrow(/append-only/)
    // Someone with the database owner's rights switches the guard off and rewrites history.
    await sql(`
      begin;
      alter table trace_event disable trigger trace_event_append_only;
      update trace_event set quantity = 999 where lot_id = '${lotId}' and seq = 2;
      alter table trace_event enable trigger trace_event_append_only;
      commit;`)
    const detail = await admin(`/admin/trace/lots/${lotId}`)
    expect(detail.body.chain).toEqual({ verified: false, events: 3, broken_at: 2 })
  })
})

describe("scans", () => {
  /** One view, sent as a storefront sends its batches. */
  const scanOnce = (view: Record<string, unknown>) =>
    fetch(`${backendUrl}/internal/trace/scans`, {
      method: "POST",
      headers: { "content-type": "application/json", [SCAN_SECRET_HEADER]: scanSecret },
      body: JSON.stringify({ scans: [{ id: newScanId(), via: "short", at: new Date().toISOString(), ...view }] }),
    })

  it("counts a unit's scans, flags it once they look copied, and does not count bots", async () => {
    const created = await admin("/admin/trace/lots", { body: { ...(await noodles()), code: `SC-${RUN}`, quantity: 5, unit: "H87", serial_count: 1 } })
    const lot_id = created.body.lot.id
    const [serial] = created.body.serials as string[]
    // Each view from its own client (a storefront's keyed hash of the address): a copy flag needs several.
    const scan = async (region: string, device_class = "mobile") =>
      (await (await scanOnce({ lot_id, serial, region, device_class, client: `client-${region}-${device_class}` })).json()).serials[0]
    expect(await scan("VN-TN", "bot")).toMatchObject({ scan_count: 0, flagged: false })
    expect(await scan("VN-TN")).toMatchObject({ scan_count: 1, flagged: false })
    expect(await scan("VN-HN")).toMatchObject({ scan_count: 2, flagged: false })
    const third = await scan("VN-SG")
    expect(third).toMatchObject({ scan_count: 3, flagged: true })
    expect(third.flag_reason).toMatch(/3 regions/)
    const logged = await sql<{ n: string }>("select count(*) n from trace_scan where lot_id = $1", [lot_id])
    expect(Number(logged[0]?.n)).toBe(4)
    const columns = await sql<{ column_name: string }>("select column_name from information_schema.columns where table_name = 'trace_scan'")
    expect(columns.map((c) => c.column_name)).not.toEqual(expect.arrayContaining(["ip", "user_agent"]))
  })

  it("skips a scan of an unknown lot and refuses a malformed one", async () => {
    expect(await (await scanOnce({ lot_id: "lot_nope", device_class: "mobile" })).json()).toMatchObject({ stored: 0, skipped: 1 })
    expect((await scanOnce({ lot_id: "x", device_class: "toaster" })).status).toBe(400)
  })
})

describe("the trace page's cache", () => {
  it("shows a new event as soon as it is recorded", async () => {
    const [lot] = await sql<{ id: string; short_code: string }>("select id, short_code from trace_lot where short_code = 'DM000003'")
    const page = async () => (await fetch(`${storefrontUrl}/en/t/${lot?.short_code}`)).text()
    const note = `Sold at the cache test ${RUN}`
    expect(await page()).not.toContain(note)
    const appended = await admin(`/admin/trace/lots/${lot?.id}/events`, {
      body: { biz_step: "retail_selling", event_time: new Date().toISOString(), read_point: { name: "Showroom" }, note: { vi: "Bán tại phép thử bộ nhớ đệm", en: note } },
    })
    expect(appended.status).toBe(201)
    // The backend's subscriber drops the storefront's trace cache; allow it a moment to arrive.
    await expect.poll(page, { timeout: EVENT_WAIT_MS }).toContain(note)
  })
})
