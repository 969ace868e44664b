import { CERTIFIED_STARS, carriesOcopMark, certificateStatus, groupOfSet, PRODUCT_GROUPS, vietnamDay } from "@ocop/core"
import { ENTITY_TYPES } from "./models/producer"
import { PLAN_PERIOD, PLAN_TARGETS, type Target, type TargetKey } from "./targets"

/**
 * The program dashboard's arithmetic: pure, over plain records, so the route only loads data.
 * "Certified" figures count only currently valid certificates (active or expiring soon); flows
 * (new certifications) count decisions by their date, whatever has happened to them since.
 */

export type DashboardCertificate = {
  id: string
  stars: number
  decision_date: Date | string
  expires_at: Date | string
  revoked_at: Date | string | null
  replaced_by_id: string | null
}
export type DashboardProduct = { id: string; product_set: string; producer_id: string; certificates: DashboardCertificate[] }
export type DashboardProducer = {
  id: string
  entity_type: (typeof ENTITY_TYPES)[number]
  women_led: boolean
  ethnic_minority_led: boolean
  circular_green: boolean
  modern_channels: boolean
}
/** Vietnamese calendar days, YYYY-MM-DD, both ends included. */
export type Period = { from: string; to: string }

export type Kpi = Target & { actual: number | null; met: boolean | null }

export type ProgramFigures = {
  period: Period
  plan_period: Period
  certified: { products: number; by_stars: { stars: number; count: number }[]; by_group: { group: string; count: number }[] }
  five_star: number
  in_period: { new_products: number; still_certified: number; by_stars: { stars: number; count: number }[]; certificates_issued: number }
  plan: { new_products: number; new_five_star: number; rated_before: number; upgraded: number }
  entities: {
    registered: number
    /** Producers with at least one validly certified product: the denominator of every share. */
    ocop: number
    by_type: { type: (typeof ENTITY_TYPES)[number]; count: number }[]
    women_led: number
    ethnic_minority_led: number
    circular_green: number
    /** Flagged as selling in modern channels, or with at least one order line on this platform. */
    modern_channels: number
    selling_on_platform: number
  }
  kpis: Kpi[]
}

const day = (value: Date | string) => vietnamDay(new Date(value))
const within = (d: string, p: Period) => d >= p.from && d <= p.to

/** The certificate a product carries the mark with now (the latest decision), if any. */
export function validCertificate(product: DashboardProduct, now: Date): DashboardCertificate | undefined {
  return product.certificates.filter((c) => carriesOcopMark(certificateStatus(c, now))).sort((a, b) => day(b.decision_date).localeCompare(day(a.decision_date)))[0]
}

/** A share 0–1, or null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

export function programFigures(input: {
  products: readonly DashboardProduct[]
  producers: readonly DashboardProducer[]
  sellingProducerIds: ReadonlySet<string>
  period: Period
  now: Date
}): ProgramFigures {
  const { products, producers, period, now } = input
  const certified = products.flatMap((p) => {
    const cert = validCertificate(p, now)
    return cert ? [{ product: p, cert }] : []
  })
  const byOldest = (p: DashboardProduct) => [...p.certificates].sort((a, b) => day(a.decision_date).localeCompare(day(b.decision_date)))
  const firsts = products.flatMap((p) => {
    const first = byOldest(p)[0]
    return first ? [{ product: p, first }] : []
  })
  const newInPeriod = firsts.filter(({ first }) => within(day(first.decision_date), period))
  const certifiedIds = new Set(certified.map(({ product }) => product.id))

  const plan = products.reduce(
    (acc, p) => {
      const before = p.certificates.filter((c) => day(c.decision_date) < PLAN_PERIOD.from)
      const during = p.certificates.filter((c) => within(day(c.decision_date), PLAN_PERIOD))
      const bestBefore = Math.max(0, ...before.map((c) => c.stars))
      if (before.length === 0 && during.length > 0) acc.new_products += 1
      if (bestBefore < 5 && during.some((c) => c.stars === 5)) acc.new_five_star += 1
      if (before.length > 0) {
        acc.rated_before += 1
        if (during.some((c) => c.stars > bestBefore)) acc.upgraded += 1
      }
      return acc
    },
    { new_products: 0, new_five_star: 0, rated_before: 0, upgraded: 0 },
  )

  const ocopProducerIds = new Set(certified.map(({ product }) => product.producer_id))
  const entities = producers.filter((p) => ocopProducerIds.has(p.id))
  const count = (test: (p: DashboardProducer) => boolean) => entities.filter(test).length
  const figures: Omit<ProgramFigures, "kpis"> = {
    period,
    plan_period: { ...PLAN_PERIOD },
    certified: {
      products: certified.length,
      by_stars: CERTIFIED_STARS.map((stars) => ({ stars, count: certified.filter(({ cert }) => cert.stars === stars).length })),
      by_group: PRODUCT_GROUPS.map((g) => ({ group: g.code, count: certified.filter(({ product }) => groupOfSet(product.product_set)?.code === g.code).length })),
    },
    five_star: certified.filter(({ cert }) => cert.stars === 5).length,
    in_period: {
      new_products: newInPeriod.length,
      still_certified: newInPeriod.filter(({ product }) => certifiedIds.has(product.id)).length,
      by_stars: CERTIFIED_STARS.map((stars) => ({ stars, count: newInPeriod.filter(({ first }) => first.stars === stars).length })),
      certificates_issued: products.reduce((n, p) => n + p.certificates.filter((c) => within(day(c.decision_date), period)).length, 0),
    },
    plan,
    entities: {
      registered: producers.length,
      ocop: entities.length,
      by_type: ENTITY_TYPES.map((type) => ({ type, count: count((p) => p.entity_type === type) })),
      women_led: count((p) => p.women_led),
      ethnic_minority_led: count((p) => p.ethnic_minority_led),
      circular_green: count((p) => p.circular_green),
      modern_channels: count((p) => p.modern_channels || input.sellingProducerIds.has(p.id)),
      selling_on_platform: count((p) => input.sellingProducerIds.has(p.id)),
    },
  }
  return { ...figures, kpis: PLAN_TARGETS.map((target) => kpi(target, actualFor(target.key, figures))) }
}

function actualFor(key: TargetKey, f: Omit<ProgramFigures, "kpis">): number | null {
  const e = f.entities
  const ofType = (type: (typeof ENTITY_TYPES)[number]) => e.by_type.find((t) => t.type === type)?.count ?? 0
  switch (key) {
    case "new_products":
      return f.plan.new_products
    case "new_five_star":
      return f.plan.new_five_star
    case "five_star_valid":
      return f.five_star
    case "upgraded_share":
      return share(f.plan.upgraded, f.plan.rated_before)
    case "cooperative_share":
      return share(ofType("cooperative"), e.ocop)
    case "enterprise_share":
      return share(ofType("enterprise"), e.ocop)
    case "circular_green_share":
      return share(e.circular_green, e.ocop)
    case "women_led_share":
      return share(e.women_led, e.ocop)
    case "ethnic_minority_led_share":
      return share(e.ethnic_minority_led, e.ocop)
    case "modern_channels_share":
      return share(e.modern_channels, e.ocop)
    case "trained_workers_share":
    case "showrooms":
      return null
  }
}

function kpi(target: Target, actual: number | null): Kpi {
  const measured = target.measured ? actual : null
  return { ...target, actual: measured, met: measured === null ? null : measured >= target.min }
}

/**
 * The period asked for: by default this calendar year up to today, in Vietnam. `problems` names
 * what is wrong with it (a period that ends before it starts) so the route can answer one 400.
 */
export function resolvePeriod(query: { from?: string | undefined; to?: string | undefined }, now: Date): { period: Period; problems: string[] } {
  const today = vietnamDay(now)
  const period = { from: query.from ?? `${(query.to ?? today).slice(0, 4)}-01-01`, to: query.to ?? today }
  return { period, problems: period.from > period.to ? [`the period must not end (${period.to}) before it starts (${period.from})`] : [] }
}
