import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";

/**
 * Vietnam time, in one place. Decisions, expiries and "today" are dates in
 * Vietnam (Asia/Ho_Chi_Minh, UTC+7 with no daylight saving today); the zone
 * arithmetic is @date-fns/tz's, a kept library, rather than a fixed offset.
 */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a YYYY-MM-DD string names a real calendar day (no 2026-13-05, no 30 February). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A YYYY-MM-DD date as the start of that day in Vietnam (an invalid Date when
 * the day does not exist); other date-time strings as given.
 */
export function vietnamDate(value: string): Date {
  if (!DAY.test(value)) return new Date(value);
  if (!isCalendarDay(value)) return new Date(Number.NaN);
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, VIETNAM_TIME_ZONE).getTime());
}

/** The calendar day (YYYY-MM-DD) of an instant, in Vietnam; "" for an invalid Date. */
export function vietnamDay(instant: Date): string {
  if (Number.isNaN(instant.getTime())) return "";
  const local = new TZDate(instant.getTime(), VIETNAM_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** `months` calendar months after an instant, counted in Vietnam (31 January + 1 month = 28/29 February). */
export function addVietnamMonths(instant: Date, months: number): Date {
  return new Date(addMonths(new TZDate(instant.getTime(), VIETNAM_TIME_ZONE), months).getTime());
}

/** Whole days from one instant to another, counted on Vietnam's calendar. */
export function vietnamDaysBetween(from: Date, to: Date): number {
  return Math.round((vietnamDate(vietnamDay(to)).getTime() - vietnamDate(vietnamDay(from)).getTime()) / 86_400_000);
}

/** An instant as a `datetime-local` value ("2026-12-05T19:30") on Vietnam's clock. */
export function vietnamDateTimeLocal(instant: Date): string {
  const local = new TZDate(instant.getTime(), VIETNAM_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${vietnamDay(instant)}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** A `datetime-local` value typed in Vietnam as ISO 8601 with its offset ("2026-12-05T19:30:00+07:00"); "" stays "". */
export function fromVietnamDateTimeLocal(value: string): string {
  if (!value) return value;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, day, hours, minutes, seconds] = match as unknown as [string, string, string, string, string | undefined];
  const start = vietnamDate(day);
  if (Number.isNaN(start.getTime())) return value;
  const instant = new Date(start.getTime() + ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000);
  return new TZDate(instant.getTime(), VIETNAM_TIME_ZONE).toISOString().replace(/\.\d{3}/, "");
}
