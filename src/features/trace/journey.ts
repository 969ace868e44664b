import { BIZ_STEPS, DISPOSITIONS, STANDARDS, UNITS } from "@ocop/core";
import { formatNumber } from "../i18n/format.ts";
import type { Locale } from "../i18n/messages.ts";
import type { PublicTrace } from "./trace.server.ts";

/** A lot's events as a consumer reads them: plain words, no EPCIS terms. */
export type JourneyStep = {
  id: string;
  title: string;
  when: string;
  place: string | null;
  to: string | null;
  note: string | null;
  quantity: string | null;
  from: { quantity: string; material: string }[];
  outcome: string | null;
  /** The later entry that corrects this one (the page links to it by its id). */
  correctedBy: { id: string; when: string } | null;
  /** The earlier entry this one corrects. */
  corrects: { id: string; title: string; when: string } | null;
};

type Event = PublicTrace["events"][number];

const word = (table: Record<string, { vi: string; en: string }>, code: string | null, locale: Locale) => (code && table[code]?.[locale]) ?? null;

export function quantityText(quantity: number | null, uom: string | null, locale: Locale): string | null {
  if (quantity === null) return null;
  return `${formatNumber(quantity, locale)} ${word(UNITS, uom, locale) ?? uom ?? ""}`.trim();
}

/** Date and time where it happened, in its own offset (Vietnam's for our producers). */
export function eventWhen(event: Pick<Event, "event_time" | "time_zone_offset">, locale: Locale): string {
  const timeZone = event.time_zone_offset === "+07:00" ? "Asia/Ho_Chi_Minh" : event.time_zone_offset;
  const format = (zone: string) =>
    new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en", { dateStyle: "long", timeStyle: "short", timeZone: zone }).format(new Date(event.event_time));
  try {
    return format(timeZone);
  } catch {
    return `${format("UTC")} UTC`;
  }
}

export function journey(trace: PublicTrace, locale: Locale): JourneyStep[] {
  const title = (event: Event) => word(BIZ_STEPS, event.biz_step, locale) ?? event.biz_step;
  const byId = new Map(trace.events.map((event) => [event.id, event]));
  const link = (id: string | null) => (id ? byId.get(id) : undefined);
  return trace.events.map((event) => ({
    id: event.id,
    title: title(event),
    when: eventWhen(event, locale),
    place: event.read_point?.name ?? null,
    to: event.biz_step === "shipping" ? (event.biz_location?.name ?? null) : null,
    note: event.note ? (event.note[locale] ?? event.note.vi) : null,
    quantity: quantityText(event.quantity, event.uom, locale),
    from: (event.inputs ?? []).map((input) => ({
      quantity: quantityText(input.quantity, input.uom, locale) ?? "",
      material: (locale === "en" ? input.label_en : input.label) ?? input.label ?? input.material.replaceAll("-", " "),
    })),
    outcome: event.biz_step === "inspecting" ? word(DISPOSITIONS, event.disposition, locale) : null,
    correctedBy: ((by) => (by ? { id: by.id, when: eventWhen(by, locale) } : null))(link(event.corrected_by)),
    corrects: ((of) => (of ? { id: of.id, title: title(of), when: eventWhen(of, locale) } : null))(link(event.corrects_event_id)),
  }));
}

export function standardName(code: string, locale: Locale): string {
  return word(STANDARDS, code, locale) ?? code;
}
