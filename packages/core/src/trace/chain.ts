import { createHash } from "node:crypto";
import type { EventType } from "./vocabulary.js";

/**
 * The hash chain over a lot's events. Each event's hash covers its content and
 * the previous event's hash, so changing, removing or reordering any stored
 * event shows up when the chain is walked again.
 */

/** What an event's hash covers: everything it says, not its database bookkeeping. */
export type ChainedContent = {
  seq: number;
  event_id: string;
  type: EventType;
  action: "ADD" | "OBSERVE" | "DELETE" | null;
  biz_step: string;
  disposition: string | null;
  event_time: Date | string;
  time_zone_offset: string;
  read_point: unknown;
  biz_location: unknown;
  serials: unknown;
  quantity: number | null;
  uom: string | null;
  ilmd: unknown;
  inputs: unknown;
  outputs: unknown;
  note: unknown;
  corrects_event_id: string | null;
  recorded_by: string;
};

export type ChainedEvent = ChainedContent & { prev_hash: string | null; hash: string };

/** JSON with object keys sorted at every level, and dates as ISO strings: one text per content. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fields of an event its hash covers, in the order they are hashed. */
export const CHAINED_FIELDS: readonly (keyof ChainedContent)[] = [
  "seq",
  "event_id",
  "type",
  "action",
  "biz_step",
  "disposition",
  "event_time",
  "time_zone_offset",
  "read_point",
  "biz_location",
  "serials",
  "quantity",
  "uom",
  "ilmd",
  "inputs",
  "outputs",
  "note",
  "corrects_event_id",
  "recorded_by",
];

/** sha-256 (hex) of the previous hash and the event's canonical content. */
export function eventHash(content: ChainedContent, prevHash: string | null): string {
  const picked: Record<string, unknown> = {};
  for (const key of CHAINED_FIELDS) {
    const value = content[key];
    // Dates come back from the database as Date, from workflow steps as strings: hash one form.
    picked[key] = key === "event_time" ? new Date(value as string).toISOString() : (value ?? null);
  }
  return createHash("sha256")
    .update(`${prevHash ?? ""}\n${canonicalJson(picked)}`)
    .digest("hex");
}

export type ChainCheck = { verified: true; events: number } | { verified: false; events: number; broken_at: number };

/**
 * Walks a lot's events in order. The chain holds when positions run 1..n with
 * no gap, each event links to the hash before it, and each hash matches its content.
 */
export function verifyChain(events: ChainedEvent[]): ChainCheck {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  let prev: string | null = null;
  for (const [index, event] of ordered.entries()) {
    const intact = event.seq === index + 1 && event.prev_hash === prev && eventHash(event, prev) === event.hash;
    if (!intact) return { verified: false, events: ordered.length, broken_at: event.seq };
    prev = event.hash;
  }
  return { verified: true, events: ordered.length };
}
