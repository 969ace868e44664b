import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch } from "./admin-client.ts"

const { backendUrl, databaseUrl } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>
const client = new pg.Client({ connectionString: databaseUrl })

const sql = async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[]
const certificateCount = async () => Number((await sql<{ n: string }>("select count(*) as n from ocop_certificate where deleted_at is null"))[0]?.n)
const certificatesOf = async (handle: string) =>
  sql<{ id: string; stars: number; decision_number: string }>(
    `select c.id, c.stars, c.decision_number from ocop_certificate c
     join product_product_ocop_ocop_product l on l.ocop_product_id = c.ocop_product_id and l.deleted_at is null
     join product p on p.id = l.product_id where p.handle = $1 and c.deleted_at is null`,
    [handle],
  )

/**
 * A draft product of our own with an OCOP record and no certificate: importing into it leaves the
 * seeded catalogue (which other tests count on) as it was.
 */
async function uncertifiedProduct(label: string): Promise<{ id: string; handle: string }> {
  const handle = `import-test-${label}-${Date.now().toString(36)}`
  const created = await admin("/admin/products", { body: { title: `Sản phẩm thử nhập ${label}`, handle, status: "draft", options: [{ title: "Quy cách", values: ["Gói"] }] } })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  const [producer] = await sql<{ id: string; place_id: string }>("select id, place_id from ocop_producer where deleted_at is null order by handle limit 1")
  const record = await admin(`/admin/ocop/products/${created.body.product.id}`, { body: { product_set: "tea", producer_id: producer?.id, place_id: producer?.place_id } })
  expect(record.status, JSON.stringify(record.body)).toBeLessThan(300)
  return { id: created.body.product.id, handle }
}

const HEADER = "decision_number,decision_date,product,stars,score,issuer,issuer_level,criteria_set"
const row = (product: string, overrides: Partial<Record<"date" | "stars" | "score" | "level", string>> = {}) =>
  `2150/QĐ-UBND,${overrides.date ?? "2026-10-20"},${product},${overrides.stars ?? "4"},"${overrides.score ?? "76,5"}","UBND tỉnh Thái Nguyên",${overrides.level ?? "province"},148/QĐ-TTg`

let first: { id: string; handle: string }
let second: { id: string; handle: string }
let csv: string

beforeAll(async () => {
  await client.connect()
  admin = await adminFetch(backendUrl)
  first = await uncertifiedProduct("a")
  second = await uncertifiedProduct("b")
  csv = [
    HEADER,
    row(first.handle), // line 2: good, by handle
    row("khong-co-san-pham"), // 3: unknown product
    row("mien-viet-cuong"), // 4: holds a valid certificate
    row(second.id, { stars: "5", score: "76", level: "central" }), // 5: good, by id… but its score earns 4★
    row(second.id, { date: "2099-01-01", stars: "7", score: "101" }), // 6: future, out of band; and a duplicate of line 5
    row(`${first.handle}-x`), // 7: unknown
  ].join("\n")
})
afterAll(() => client.end())

describe("admin: certificates bulk import", () => {
  it("a dry run (the default) reports every bad row with its line and reasons, and writes nothing", async () => {
    const before = await certificateCount()
    const { status, body } = await admin("/admin/ocop/certificates/import", { body: { csv } })
    expect(status).toBe(200)
    expect(body.dry_run).toBe(true)
    expect(body.rows).toBe(6)
    expect(body.accepted.map((a: { line: number }) => a.line)).toEqual([2])
    expect(body.written).toEqual([])
    const reasons = (line: number) => body.rejected.find((r: { line: number }) => r.line === line)?.problems.join(" | ") ?? ""
    expect(body.rejected.map((r: { line: number }) => r.line)).toEqual([3, 4, 5, 6, 7])
    expect(reasons(3)).toBe('unknown product "khong-co-san-pham"')
    expect(reasons(4)).toMatch(/already holds a valid certificate \(cert_\w+\): renew that certificate instead/)
    expect(reasons(5)).toContain("a score of 76 earns 4★, not 5★")
    expect(reasons(5)).toContain("appears more than once in this file (lines 5, 6)")
    expect(reasons(6)).toContain("decision date is in the future")
    expect(reasons(6)).toContain("stars must be 3, 4 or 5")
    expect(reasons(6)).toContain("score must be between 0 and 100 (got 101)")
    expect(await certificateCount()).toBe(before)
  })

  it("a real run writes the good rows only, through the issue workflow, and lists them", async () => {
    const before = await certificateCount()
    const { status, body } = await admin("/admin/ocop/certificates/import", { body: { csv, dry_run: false } })
    expect(status).toBe(200)
    expect(body.written).toEqual([{ line: 2, product: first.handle, handle: first.handle, certificate_id: expect.stringMatching(/^cert_/), stars: 4 }])
    expect(body.rejected.map((r: { line: number }) => r.line)).toEqual([3, 4, 5, 6, 7])
    expect(await certificateCount()).toBe(before + 1)
    expect(await certificatesOf(first.handle)).toEqual([{ id: body.written[0].certificate_id, stars: 4, decision_number: "2150/QĐ-UBND" }])
    expect(await certificatesOf(second.handle)).toEqual([])
    const listed = await admin("/admin/ocop/certificates")
    const written = listed.body.certificates.find((c: { id: string }) => c.id === body.written[0].certificate_id)
    expect(written).toMatchObject({ status: "active", score: 76.5, issuer: "UBND tỉnh Thái Nguyên", issuer_level: "province", product: { id: first.id, handle: first.handle } })

    // The same file again: the first product now holds a certificate, so nothing more is written.
    const again = await admin("/admin/ocop/certificates/import", { body: { csv, dry_run: false } })
    expect(again.body.written).toEqual([])
    expect(again.body.rejected.find((r: { line: number }) => r.line === 2).problems[0]).toContain("renew that certificate instead")
    expect(await certificateCount()).toBe(before + 1)
  })

  it("refuses a file it cannot read with one 400 naming the problems, and writes nothing", async () => {
    const before = await certificateCount()
    const missing = await admin("/admin/ocop/certificates/import", { body: { csv: `decision_number,product,stars\n1/QĐ-UBND,${second.handle},4`, dry_run: false } })
    expect(missing.status).toBe(400)
    expect(missing.body.message).toContain("missing column(s): decision_date, score, issuer, issuer_level, criteria_set")
    const empty = await admin("/admin/ocop/certificates/import", { body: { csv: "", dry_run: "yes" } })
    expect(empty.status).toBe(400)
    expect(empty.body.message).toContain("csv: paste or upload")
    expect(empty.body.message).toContain("dry_run:")
    expect(await certificateCount()).toBe(before)
  })
})
