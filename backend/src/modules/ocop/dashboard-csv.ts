// csv-stringify (the csv-parse project's writer): quoting and line endings per RFC 4180 without
// hand-written escaping.
import { stringify } from "csv-stringify/sync"
import type { ProgramFigures } from "./dashboard"

/** The dashboard as CSV, one figure a row: section, metric, value, target (minimum), met. */
export function dashboardCsv(f: ProgramFigures): string {
  const rows: (string | number | null)[][] = [
    ["period", "from", f.period.from, null, null],
    ["period", "to", f.period.to, null, null],
    ["certified", "products", f.certified.products, null, null],
    ...f.certified.by_stars.map((s) => ["certified_by_stars", `${s.stars}_star`, s.count, null, null]),
    ...f.certified.by_group.map((g) => ["certified_by_group", g.group, g.count, null, null]),
    ["certified", "five_star", f.five_star, null, null],
    ["in_period", "new_products", f.in_period.new_products, null, null],
    ["in_period", "new_products_still_certified", f.in_period.still_certified, null, null],
    ...f.in_period.by_stars.map((s) => ["in_period_new_by_stars", `${s.stars}_star`, s.count, null, null]),
    ["in_period", "certificates_issued", f.in_period.certificates_issued, null, null],
    ["plan", "rated_before_plan", f.plan.rated_before, null, null],
    ["plan", "upgraded", f.plan.upgraded, null, null],
    ["entities", "registered_producers", f.entities.registered, null, null],
    ["entities", "ocop_entities", f.entities.ocop, null, null],
    ...f.entities.by_type.map((t) => ["entities_by_type", t.type, t.count, null, null]),
    ["entities", "women_led", f.entities.women_led, null, null],
    ["entities", "ethnic_minority_led", f.entities.ethnic_minority_led, null, null],
    ["entities", "circular_green", f.entities.circular_green, null, null],
    ["entities", "modern_channels", f.entities.modern_channels, null, null],
    ["entities", "selling_on_platform", f.entities.selling_on_platform, null, null],
    ...f.kpis.map((k) => [
      `kpi_${f.plan_period.from.slice(0, 4)}_${f.plan_period.to.slice(0, 4)}`,
      k.key,
      k.measured ? (k.actual === null ? "" : round(k.actual)) : "not measured",
      k.min,
      k.met === null ? "" : k.met ? "yes" : "no",
    ]),
  ]
  return stringify(rows, { header: true, columns: ["section", "metric", "value", "target_min", "met"] })
}

const round = (n: number) => Math.round(n * 10_000) / 10_000
