/**
 * The free-text facts a producer declares about a lot besides its code,
 * quantity and dates — where its raw material came from. Declared once here:
 * the new-lot form (label `portal.{fact}`), the lot's request and record types,
 * its public view, the trace page (label `trace.{fact}`) and the EPCIS lot
 * master data (`ocop:{fact}`) all follow this list. `area_code` is the
 * planting-area code (mã số vùng trồng) the plant-protection authority gives a
 * registered raw-material area, which the province's plan asks each area to carry. A new fact is this list,
 * the lot model and its validator, two labels, and a migration.
 */
export const LOT_TEXT_FACTS = ["area", "area_code"] as const;
export type LotTextFact = (typeof LOT_TEXT_FACTS)[number];

/** The facts as a lot record or public view holds them. */
export type LotTextFacts = { [K in LotTextFact]: string | null };
/** The facts as a form or request sends them (each optional). */
export type LotTextFactsInput = { [K in LotTextFact]?: string };

/** The facts of a row, each null when absent: for views that must list their fields. */
export function lotTextFacts(row: Partial<Record<LotTextFact, string | null | undefined>>): LotTextFacts {
  return Object.fromEntries(LOT_TEXT_FACTS.map((fact) => [fact, row[fact] ?? null])) as LotTextFacts;
}
