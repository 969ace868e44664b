import { isCalendarDay } from "../time.js";

/**
 * A tourism service is booked for a day: its cart line carries
 * `metadata.visit_date`, a YYYY-MM-DD day in Vietnam, set by the storefront's
 * cart form and copied by Medusa into the order.
 */
export const VISIT_DATE_KEY = "visit_date";

/**
 * The visit date of a line's metadata when it names a real calendar day, else
 * null: pages show what they can read and ignore the rest (a line written
 * before the backend checked, or by hand).
 */
export function visitDateOf(metadata: unknown): string | null {
  if (typeof metadata !== "object" || metadata === null) return null;
  const value = (metadata as Record<string, unknown>)[VISIT_DATE_KEY];
  return typeof value === "string" && isCalendarDay(value) ? value : null;
}

/**
 * What is wrong with a visit date a buyer sends (`today` is Vietnam's day,
 * YYYY-MM-DD): "invalid" when it is not a real calendar day as text, "past"
 * when it is before today; null when it may be booked.
 */
export function visitDateProblem(value: unknown, today: string): "invalid" | "past" | null {
  if (typeof value !== "string" || !isCalendarDay(value)) return "invalid";
  return value < today ? "past" : null;
}
