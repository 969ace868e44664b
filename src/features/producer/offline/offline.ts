/**
 * The producer portal as an installable app that records without a network:
 * names and rules the page script (capture.ts), the service worker
 * (service-worker.js) and the routes that serve them share. Pure.
 */

/** The cache of the portal's pages, which are the producer's own: cleared on logout and when another producer logs in. */
export const PAGE_CACHE = "ocop-producer-pages-v1";

/** The cache of the site's built scripts, the same for everyone (their names carry their content's hash). */
export const SCRIPT_CACHE = "ocop-producer-scripts-v1";

/** Where the service worker is served (src/pages/producer-sw.js.ts); it may control any scope (Service-Worker-Allowed). */
export const WORKER_PATH = "/producer-sw.js";

/** The portal of a language: what the worker controls, and what the app opens. */
export function portalScope(prefix: "" | "/en"): string {
  return `${prefix}/producer/`;
}

/** A record waiting on the phone: a submitted form, with the id the phone gave it. */
export type Waiting = {
  /** Its place in the queue (IndexedDB's key, counting up): sent in this order. */
  n?: number;
  /** A uuid: the event's EPCIS id, or the lot's (lotIdOf). */
  id: string;
  /** Only the producer who recorded it sends it. */
  producer: string;
  kind: "event" | "lot";
  /** The lot it belongs to (for a new lot, the id it will have). */
  lot: string;
  /** What the waiting list shows: the step and its time, or the lot's code. */
  label: string;
  /** The form's fields as typed, the time among them. */
  fields: [string, string][];
  /** Where to send it: the portal's send route of the page's language. */
  to: string;
  /** Why the backend refused it, in the producer's language; it then waits to be discarded. */
  problem?: string;
};

/** How long to wait before sending again after the n-th failed try: 2 s doubling, at most a minute. */
export function retryDelay(failures: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
}

/** Vietnam's clock has no summer time: UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Now on Vietnam's clock as a `datetime-local` value ("2026-12-05T19:30"), as the portal's time fields take it. */
export function vietnamNow(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** A `datetime-local` value shown as the producer reads it: "05/12/2026 19:30"; anything else as it is. */
export function typedTime(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}` : value;
}

/** Whether a path is one of the portal's lot pages (the list, or one lot), which the worker keeps for offline use. */
export function isLotPage(pathname: string, scope: string): boolean {
  if (!pathname.startsWith(`${scope}lots`)) return false;
  return /^lots(\/[^/]+)?\/?$/.test(pathname.slice(scope.length));
}

/**
 * The address a lot page is kept under: the page itself, and each step's form
 * (`?step=harvest`: the guided form's links), so a step can be chosen offline;
 * other queries ("?saved=1") are the same page. A correction page
 * (`?correct=`) is not kept: null.
 */
export function keptPageKey(url: URL): string | null {
  if (url.searchParams.has("correct")) return null;
  const step = url.searchParams.get("step");
  return `${url.origin}${url.pathname}${step ? `?step=${encodeURIComponent(step)}` : ""}`;
}
