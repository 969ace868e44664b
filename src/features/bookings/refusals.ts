import { fieldProblems } from "../../lib/medusa/errors.ts";

/** Whether the backend refused a cart change because a visit date has not enough places left (code "fully_booked"). */
export function fullyBooked(error: unknown): boolean {
  return fieldProblems(error).some((p) => p.code === "fully_booked");
}

/** Whether the backend refused a service line for want of a visit date. */
export function dateMissing(error: unknown): boolean {
  return fieldProblems(error).some((p) => p.code === "required" && p.field.endsWith("visit_date"));
}
