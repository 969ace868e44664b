import { z } from "zod";

/**
 * The program dashboard in the storefront's own shapes (converted from the Admin API's in
 * program.server.ts) and the little arithmetic the charts need.
 */

export type KpiKey = ProgramKpiKey;

import type { EntityType, ProgramKpi, ProgramKpiKey } from "@ocop/core";

export type { EntityType };
export type Kpi = ProgramKpi;
export type Period = { from: string; to: string };
export type Counted<K extends string, V> = { [key in K]: V } & { count: number };

export type Dashboard = {
  period: Period;
  planPeriod: Period;
  computedAt: Date;
  certified: { products: number; byStars: Counted<"stars", number>[]; byGroup: Counted<"group", string>[] };
  fiveStar: number;
  inPeriod: { newProducts: number; stillCertified: number; byStars: Counted<"stars", number>[]; certificatesIssued: number };
  plan: { newProducts: number; newFiveStar: number; ratedBefore: number; upgraded: number };
  entities: {
    registered: number;
    ocop: number;
    byType: Counted<"type", EntityType>[];
    womenLed: number;
    ethnicMinorityLed: number;
    circularGreen: number;
    modernChannels: number;
    sellingOnPlatform: number;
  };
  kpis: Kpi[];
};

/** The period form's query string; both ends optional (the backend defaults to this year). */
export const PeriodQuery = z.object({
  from: z.iso.date("from: a date written YYYY-MM-DD").optional(),
  to: z.iso.date("to: a date written YYYY-MM-DD").optional(),
});

/** Reads the period form; empty fields are left to the backend's default. */
export function readPeriod(params: URLSearchParams): { period: Partial<Period>; problems: string[] } {
  const raw = Object.fromEntries(["from", "to"].flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])));
  const parsed = PeriodQuery.safeParse(raw);
  if (!parsed.success) return { period: {}, problems: parsed.error.issues.map((i) => i.message) };
  return { period: parsed.data, problems: [] };
}

/** The query string for a period, for the Admin API and the CSV link. */
export function periodQuery(period: Partial<Period>): string {
  const params = new URLSearchParams(Object.entries(period).filter((e): e is [string, string] => typeof e[1] === "string"));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * A linear scale from 0 to the largest value (or `max`, e.g. 1 for shares) onto `width` pixels.
 * All zeros draw nothing rather than dividing by zero.
 */
export function barScale(values: readonly number[], width: number, max?: number): (value: number) => number {
  const top = max ?? Math.max(0, ...values);
  return (value) => (top <= 0 ? 0 : Math.round((Math.min(Math.max(value, 0), top) / top) * width * 10) / 10);
}
