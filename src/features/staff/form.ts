import { fromVietnamDateTimeLocal, vietnamDateTimeLocal } from "@ocop/core";
/**
 * Reading the trade department's /staff forms into Admin API bodies. Blank
 * optional fields are left out when creating and cleared (null) when editing;
 * values the backend would refuse are passed on as typed, so its 400 names them.
 */

/** A trimmed text field, or undefined when absent. */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : undefined;
}

/** An optional text field: blank → omitted (creating) or null (editing). */
export function optionalText(form: FormData, name: string, creating: boolean): string | null | undefined {
  const value = formText(form, name);
  if (value === undefined) return undefined;
  return value === "" ? (creating ? undefined : null) : value;
}

/** An optional number field; text that is not a number is sent as typed, for the backend to name. */
export function optionalNumber(form: FormData, name: string, creating: boolean): number | string | null | undefined {
  const value = optionalText(form, name, creating);
  if (typeof value !== "string") return value;
  const number = Number(value.replace(",", "."));
  return Number.isFinite(number) ? number : value;
}

/** A `datetime-local` value in Vietnam time for an instant. */
export const vietnamInputValue = vietnamDateTimeLocal;

/** A `datetime-local` value typed in Vietnam time, as an ISO time with its offset ("" stays "", for the backend to name). */
export function fromVietnamInput(value: string | undefined): string | undefined {
  return value ? fromVietnamDateTimeLocal(value) : value;
}

/** Drops undefined entries, so the body carries only what the form holds. */
export function defined<T extends Record<string, unknown>>(body: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
