import { MEDUSA_BACKEND_URL, SCAN_JOURNAL_DIR, TRACE_SCAN_SECRET } from "astro:env/server";
import path from "node:path";
import { deviceClass, newScanId, SCAN_SECRET_HEADER, type ScanRecord, type SerialStanding, type TraceScanBatchResponse } from "@ocop/core";
import * as store from "../../lib/medusa/store.server.ts";
import { scanClient } from "./scan-client.server.ts";
import { ScanJournal } from "./scan-journal.ts";
import { BatchRefused, ScanQueue } from "./scan-queue.ts";
import { Standings } from "./standings.ts";

/** What a view of a trace page is a view of: the lot, the unit when one was scanned, and how it was reached. */
export type ScanTarget = { lot_id: string; serial?: string; via: ScanRecord["via"] };

/** POST /internal/trace/scans: one batch, answered with the standing of every unit it named. */
async function sendBatch(scans: ScanRecord[]): Promise<TraceScanBatchResponse> {
  if (!TRACE_SCAN_SECRET) throw new BatchRefused("TRACE_SCAN_SECRET is not set", false);
  const response = await fetch(new URL("/internal/trace/scans", MEDUSA_BACKEND_URL), {
    method: "POST",
    headers: { "content-type": "application/json", [SCAN_SECRET_HEADER]: TRACE_SCAN_SECRET },
    body: JSON.stringify({ scans }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new BatchRefused(`${response.status} ${body?.message ?? response.statusText}`, response.status === 400);
  }
  return (await response.json()) as TraceScanBatchResponse;
}

const standings = new Standings((lotId, serial) => store.retrieveStanding({ lot_id: lotId, serial }));
const queue = new ScanQueue({
  journal: new ScanJournal(path.resolve(SCAN_JOURNAL_DIR ?? ".data/scan-journal")),
  send: sendBatch,
  stored: (answer, sent) => standings.stored(answer, sent),
}).start();

// On a normal stop the waiting views are sent first (what cannot be sent stays in the journal).
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    void queue.stop().finally(() => process.exit(0));
  });
}

/** Requests already queued as a view (a kept page that had to be rendered again after all). */
const recorded = new WeakSet<Request>();

/**
 * Queues one view of a trace page (never waits on the backend), once per request. The view
 * carries who viewed as a keyed hash (the backend counts a client once per window), whether it
 * is a bot's (isbot, or no User-Agent: stored, never counted), and a coarse region only from
 * the trusted proxy's TRACE_REGION_HEADER: a region header sent by anyone else is ignored.
 */
export function recordView(request: Request, target: ScanTarget): void {
  if (recorded.has(request)) return;
  recorded.add(request);
  const { client, region, bot } = scanClient(request);
  const scan: ScanRecord = {
    id: newScanId(),
    lot_id: target.lot_id,
    ...(target.serial ? { serial: target.serial } : {}),
    ...(region ? { region } : {}),
    ...(client ? { client } : {}),
    device_class: bot ? "bot" : deviceClass(request.headers.get("user-agent")),
    via: target.via,
    at: new Date().toISOString(),
  };
  standings.queued(scan);
  queue.add(scan);
}

/** The unit's scans as its page shows them (this view included once queued); throws when it cannot be read at all. */
export function unitStanding(lotId: string, serial: string): Promise<SerialStanding | null> {
  return standings.current(lotId, serial);
}

/** Views not yet stored by the backend (reported by /health). */
export function scansWaiting(): number {
  return queue.pending;
}
