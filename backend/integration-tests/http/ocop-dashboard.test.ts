import { PRODUCT_GROUPS, PRODUCT_SETS } from "@ocop/core"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { adminFetch, adminToken } from "./admin-client.ts"

/**
 * The dashboard's figures against counts made here, independently, in plain SQL over the seeded
 * database: the same definitions (valid = not revoked, not replaced, not expired; days in
 * Vietnam), none of the route's code.
 */
const { backendUrl, databaseUrl } = inject("platform")
let admin: Awaited<ReturnType<typeof adminFetch>>
const client = new pg.Client({ connectionString: databaseUrl })

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query(text, params)).rows as T[]
}
const n = async (text: string, params: unknown[] = []) => Number((await sql<{ n: string }>(text, params))[0]?.n)

const VALID = "c.deleted_at is null and c.replaced_by_id is null and (c.revoked_at is null or c.revoked_at > now()) and c.expires_at > now()"
const VN_DAY = (column: string) => `(${column} at time zone 'Asia/Ho_Chi_Minh')::date`
/** OCOP entities: producers with at least one product holding a valid certificate. */
const ENTITIES = `select distinct p.* from ocop_producer p join ocop_product op on op.producer_id = p.id and op.deleted_at is null
  join ocop_certificate c on c.ocop_product_id = op.id and ${VALID} where p.deleted_at is null`
const SELLS_HERE = "exists (select 1 from producer_order_line l where l.producer_id = e.id and l.deleted_at is null)"

beforeAll(async () => {
  await client.connect()
  admin = await adminFetch(backendUrl)
})
afterAll(async () => {
  await client.query("delete from producer_order_line where id like 'pol_dashboard_test_%'")
  await client.end()
})

describe("admin: program dashboard", () => {
  it("equals independent counts over the seed data", async () => {
    const { status, body } = await admin("/admin/ocop/dashboard?from=2025-01-01&to=2026-06-30")
    expect(status).toBe(200)
    const d = body.dashboard

    const certified = `select op.* from ocop_product op where op.deleted_at is null and exists (select 1 from ocop_certificate c where c.ocop_product_id = op.id and ${VALID})`
    expect(d.certified.products).toBe(await n(`select count(*) as n from (${certified}) x`))
    expect(d.certified.products).toBeGreaterThan(30)
    for (const stars of [3, 4, 5]) {
      const count = await n(
        `select count(distinct c.ocop_product_id) as n from ocop_certificate c join ocop_product op on op.id = c.ocop_product_id and op.deleted_at is null where ${VALID} and c.stars = $1`,
        [stars],
      )
      expect(d.certified.by_stars.find((s: { stars: number }) => s.stars === stars).count, `${stars}★`).toBe(count)
    }
    expect(d.five_star).toBe(d.certified.by_stars[2].count)
    const bySet = new Map(
      (await sql<{ product_set: string; n: string }>(`select product_set, count(*) as n from (${certified}) x group by product_set`)).map((r) => [r.product_set, Number(r.n)]),
    )
    for (const group of PRODUCT_GROUPS) {
      const count = PRODUCT_SETS.filter((s) => s.group === group.code).reduce((sum, s) => sum + (bySet.get(s.code) ?? 0), 0)
      expect(d.certified.by_group.find((g: { group: string }) => g.group === group.code).count, group.code).toBe(count)
    }

    const firsts = `select c.ocop_product_id, min(${VN_DAY("c.decision_date")}) as first from ocop_certificate c join ocop_product op on op.id = c.ocop_product_id and op.deleted_at is null where c.deleted_at is null group by 1`
    expect(d.in_period.new_products).toBe(await n(`select count(*) as n from (${firsts}) f where first between '2025-01-01' and '2026-06-30'`))
    expect(d.in_period.certificates_issued).toBe(
      await n(
        `select count(*) as n from ocop_certificate c join ocop_product op on op.id = c.ocop_product_id and op.deleted_at is null where c.deleted_at is null and ${VN_DAY("c.decision_date")} between '2025-01-01' and '2026-06-30'`,
      ),
    )
    expect(d.plan.new_products).toBe(await n(`select count(*) as n from (${firsts}) f where first between '2021-01-01' and '2025-12-31'`))

    expect(d.entities.registered).toBe(await n("select count(*) as n from ocop_producer where deleted_at is null"))
    expect(d.entities.ocop).toBe(await n(`select count(*) as n from (${ENTITIES}) e`))
    for (const type of ["cooperative", "cooperative_group", "enterprise", "household"]) {
      const count = await n(`select count(*) as n from (${ENTITIES}) e where e.entity_type = $1`, [type])
      expect(d.entities.by_type.find((t: { type: string }) => t.type === type).count, type).toBe(count)
    }
    for (const trait of ["women_led", "ethnic_minority_led", "circular_green"]) {
      expect(d.entities[trait], trait).toBe(await n(`select count(*) as n from (${ENTITIES}) e where e.${trait}`))
    }
    expect(d.entities.modern_channels).toBe(await n(`select count(*) as n from (${ENTITIES}) e where e.modern_channels or ${SELLS_HERE}`))

    const kpi = (key: string) => d.kpis.find((k: { key: string }) => k.key === key)
    const cooperatives = await n(`select count(*) as n from (${ENTITIES}) e where e.entity_type = 'cooperative'`)
    expect(kpi("cooperative_share").actual).toBeCloseTo(cooperatives / d.entities.ocop, 10)
    expect(kpi("cooperative_share")).toMatchObject({ min: 0.7, met: cooperatives / d.entities.ocop >= 0.7 })
    expect(kpi("five_star_valid")).toMatchObject({ actual: d.five_star, min: 6 })
    expect(kpi("showrooms")).toMatchObject({ measured: false, actual: null })
  })

  it("counts a producer selling on this platform as selling in a modern channel", async () => {
    const [entity] = await sql<{ id: string; handle: string }>(`select e.id, e.handle from (${ENTITIES}) e where not e.modern_channels and not ${SELLS_HERE} limit 1`)
    expect(entity, "the seed has an OCOP entity without modern channels").toBeDefined()
    const before = (await admin("/admin/ocop/dashboard")).body.dashboard.entities
    await client.query(
      `insert into producer_order_line (id, order_id, line_item_id, product_id, producer_id, producer_handle, quantity, created_at, updated_at)
       values ('pol_dashboard_test_1', 'order_dashboard_test', 'ordli_dashboard_test', 'prod_x', $1, $2, 1, now(), now())`,
      [entity?.id, entity?.handle],
    )
    const after = (await admin("/admin/ocop/dashboard")).body.dashboard.entities
    expect(after.modern_channels).toBe(before.modern_channels + 1)
    expect(after.selling_on_platform).toBe(before.selling_on_platform + 1)
  })

  it("defaults to this year and exports the same figures as CSV", async () => {
    const { body } = await admin("/admin/ocop/dashboard")
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
    expect(body.dashboard.period).toEqual({ from: `${today.slice(0, 4)}-01-01`, to: today })
    const response = await fetch(`${backendUrl}/admin/ocop/dashboard?format=csv`, { headers: { authorization: `Bearer ${await adminToken(backendUrl)}` } })
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/)
    expect(response.headers.get("content-disposition")).toContain(`ocop-dashboard-${today.slice(0, 4)}-01-01-${today}.csv`)
    const csv = await response.text()
    expect(csv).toContain(`certified,products,${body.dashboard.certified.products},,`)
    expect(csv).toContain(`certified,five_star,${body.dashboard.five_star},,`)
  })

  it("answers a bad period with a 400 naming it", async () => {
    const reversed = await admin("/admin/ocop/dashboard?from=2026-05-01&to=2026-04-01")
    expect(reversed.status).toBe(400)
    expect(reversed.body.message).toContain("must not end (2026-04-01) before it starts (2026-05-01)")
    const malformed = await admin("/admin/ocop/dashboard?from=01/05/2026")
    expect(malformed.status).toBe(400)
    expect(malformed.body.message).toContain("from must be a date (YYYY-MM-DD)")
  })

  it("is closed without a staff token", async () => {
    expect((await fetch(`${backendUrl}/admin/ocop/dashboard`)).status).toBe(401)
  })
})
