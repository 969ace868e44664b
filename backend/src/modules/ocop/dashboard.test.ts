import { expiryFor, vietnamDate } from "@ocop/core"
import { describe, expect, it } from "vitest"
import { type DashboardCertificate, type DashboardProducer, type DashboardProduct, programFigures, resolvePeriod, share } from "./dashboard"
import { dashboardCsv } from "./dashboard-csv"

const NOW = vietnamDate("2026-11-29")

const cert = (id: string, stars: number, decided: string, extra: Partial<DashboardCertificate> = {}): DashboardCertificate => ({
  id,
  stars,
  decision_date: vietnamDate(decided),
  expires_at: expiryFor(vietnamDate(decided)),
  revoked_at: null,
  replaced_by_id: null,
  ...extra,
})
const producer = (id: string, entity_type: DashboardProducer["entity_type"], traits: Partial<DashboardProducer> = {}): DashboardProducer => ({
  id,
  entity_type,
  women_led: false,
  ethnic_minority_led: false,
  circular_green: false,
  modern_channels: false,
  ...traits,
})

// Named fixtures: each product exercises one rule.
const teaFiveStarRenewed: DashboardProduct = {
  id: "tea",
  product_set: "tea",
  producer_id: "coop-a",
  certificates: [cert("tea-1", 5, "2020-08-01", { replaced_by_id: "tea-2" }), cert("tea-2", 5, "2024-05-10")],
}
const noodlesUpgraded: DashboardProduct = {
  id: "noodles",
  product_set: "processed-cereals",
  producer_id: "coop-b",
  certificates: [cert("n-1", 3, "2019-03-01", { replaced_by_id: "n-2" }), cert("n-2", 4, "2024-03-01")],
}
const honeyNewThisYear: DashboardProduct = { id: "honey", product_set: "honey-raw", producer_id: "household-c", certificates: [cert("h-1", 3, "2026-02-14")] }
const liquorRevoked: DashboardProduct = {
  id: "liquor",
  product_set: "liquor",
  producer_id: "enterprise-d",
  certificates: [cert("l-1", 4, "2025-01-10", { revoked_at: vietnamDate("2026-03-01") })],
}
const cakeExpired: DashboardProduct = { id: "cake", product_set: "processed-cereals", producer_id: "enterprise-d", certificates: [cert("c-1", 3, "2021-06-01")] }
const tourNewFiveStar: DashboardProduct = { id: "tour", product_set: "tourism", producer_id: "enterprise-e", certificates: [cert("t-1", 5, "2025-06-26")] }
const unrated: DashboardProduct = { id: "rice", product_set: "rice-cereals", producer_id: "group-f", certificates: [] }

const products = [teaFiveStarRenewed, noodlesUpgraded, honeyNewThisYear, liquorRevoked, cakeExpired, tourNewFiveStar, unrated]
const producers = [
  producer("coop-a", "cooperative", { women_led: true, circular_green: true, modern_channels: true }),
  producer("coop-b", "cooperative", { ethnic_minority_led: true }),
  producer("household-c", "household", { women_led: true }),
  producer("enterprise-d", "enterprise", { modern_channels: true }),
  producer("enterprise-e", "enterprise", { ethnic_minority_led: true }),
  producer("group-f", "cooperative_group"),
]

const figures = (selling: string[] = [], period = { from: "2026-01-01", to: "2026-11-29" }) =>
  programFigures({ products, producers, sellingProducerIds: new Set(selling), period, now: NOW })

describe("programFigures", () => {
  it("counts only products whose certificate is valid now, by stars and by group", () => {
    const f = figures()
    expect(f.certified.products).toBe(4) // tea, noodles, honey, tour; not the revoked liquor or the expired cake
    expect(f.certified.by_stars).toEqual([
      { stars: 3, count: 1 },
      { stars: 4, count: 1 },
      { stars: 5, count: 2 },
    ])
    expect(f.certified.by_group.find((g) => g.group === "food")?.count).toBe(3)
    expect(f.certified.by_group.find((g) => g.group === "tourism")?.count).toBe(1)
    expect(f.certified.by_group.find((g) => g.group === "beverages")?.count).toBe(0)
    expect(f.five_star).toBe(2)
  })

  it("counts new products by their first decision in the period; renewals are not new", () => {
    const f = figures()
    expect(f.in_period).toEqual({
      new_products: 1,
      still_certified: 1,
      by_stars: [
        { stars: 3, count: 1 },
        { stars: 4, count: 0 },
        { stars: 5, count: 0 },
      ],
      certificates_issued: 1,
    })
    const y2024 = figures([], { from: "2024-01-01", to: "2024-12-31" })
    expect(y2024.in_period.new_products).toBe(0)
    expect(y2024.in_period.certificates_issued).toBe(2) // the renewals of the tea and the noodles
  })

  it("measures the plan period: new products, new 5★ and upgrades of products rated before it", () => {
    const { plan } = figures()
    // liquor (revoked later), cake (expired since) and the tour were first rated in 2021–2025.
    expect(plan.new_products).toBe(3)
    expect(plan.new_five_star).toBe(1) // the tour; the tea was 5★ before the plan
    expect(plan.rated_before).toBe(2) // tea and noodles
    expect(plan.upgraded).toBe(1) // noodles 3★ → 4★
  })

  it("takes entity shares over producers with a valid certificate; platform sales count as a modern channel", () => {
    const f = figures(["coop-b", "group-f"])
    expect(f.entities.registered).toBe(6)
    expect(f.entities.ocop).toBe(4) // coop-a, coop-b, household-c, enterprise-e
    expect(f.entities.by_type).toEqual([
      { type: "cooperative", count: 2 },
      { type: "cooperative_group", count: 0 },
      { type: "enterprise", count: 1 },
      { type: "household", count: 1 },
    ])
    expect(f.entities.women_led).toBe(2)
    expect(f.entities.modern_channels).toBe(2) // coop-a flagged, coop-b sells here; group-f is no OCOP entity
    expect(f.entities.selling_on_platform).toBe(1)
    const kpi = (key: string) => f.kpis.find((k) => k.key === key)
    expect(kpi("cooperative_share")).toMatchObject({ actual: 0.5, min: 0.7, met: false })
    expect(kpi("women_led_share")).toMatchObject({ actual: 0.5, min: 0.4, met: true })
    expect(kpi("upgraded_share")).toMatchObject({ actual: 0.5, met: true })
    expect(kpi("new_products")).toMatchObject({ actual: 3, min: 150, met: false })
    expect(kpi("showrooms")).toMatchObject({ measured: false, actual: null, met: null })
  })

  it("has no share to report when there is nothing to divide by", () => {
    const empty = programFigures({ products: [], producers: [], sellingProducerIds: new Set(), period: { from: "2026-01-01", to: "2026-12-31" }, now: NOW })
    expect(empty.kpis.find((k) => k.key === "cooperative_share")).toMatchObject({ actual: null, met: null })
    expect(share(1, 4)).toBe(0.25)
  })
})

describe("resolvePeriod", () => {
  it("defaults to this year up to today in Vietnam", () => {
    // 20:00 UTC on 31 December is already 1 January in Vietnam.
    expect(resolvePeriod({}, new Date("2026-12-31T20:00:00Z")).period).toEqual({ from: "2027-01-01", to: "2027-01-01" })
    expect(resolvePeriod({ to: "2025-06-30" }, NOW).period).toEqual({ from: "2025-01-01", to: "2025-06-30" })
  })
  it("names a period that ends before it starts", () => {
    expect(resolvePeriod({ from: "2026-05-01", to: "2026-04-01" }, NOW).problems).toEqual(["the period must not end (2026-04-01) before it starts (2026-05-01)"])
  })
})

describe("dashboardCsv", () => {
  it("writes one figure a row, with the target and whether it is met", () => {
    const lines = dashboardCsv(figures()).trim().split("\n")
    expect(lines[0]).toBe("section,metric,value,target_min,met")
    expect(lines).toContain("certified_by_stars,5_star,2,,")
    expect(lines).toContain("kpi_2021_2025,new_products,3,150,no")
    expect(lines).toContain("kpi_2021_2025,showrooms,not measured,1,")
  })
})
