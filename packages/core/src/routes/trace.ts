import type { DeviceClass } from "../trace/copies.js";
import type { PublicTrace } from "../trace/public-view.js";

/** A unit serial's scan record, as the scan route answers it (dates as JSON strings). */
export type SerialStanding = {
  serial: string;
  scan_count: number;
  first_scanned_at: string | null;
  flagged: boolean;
  flag_reason: string | null;
  /** When staff last cleared a wrongly raised copy flag on this unit (ISO 8601), or null. */
  flag_cleared_at: string | null;
};

/** GET /store/trace/resolve: a GTIN (+ lot, + serial) or a short code (+ serial). */
export type StoreTraceResolveQuery = { gtin?: string; lot?: string; serial?: string; short?: string };
/** A GTIN alone names a product (trace and serial null); with a lot, a short code or a serial, a lot and its journey. */
export type StoreTraceResolveResponse = { product_id: string; trace: PublicTrace | null; serial: string | null };

/**
 * One view of a trace page, as a storefront queued it. `id` is made by the
 * storefront when the view is answered ("scan_" + 26 base-32 characters), so a
 * batch sent twice (a retry, a journal replayed after a crash) is stored once.
 */
export type ScanRecord = {
  id: string;
  lot_id: string;
  serial?: string;
  /** A region from the configured trusted proxy's header (TRACE_REGION_HEADER), never from the client itself. */
  region?: string;
  /**
   * Who viewed, as a keyed hash of the client's address (never the address):
   * views count toward a unit once per client per window.
   */
  client?: string;
  device_class: DeviceClass;
  via: "gs1" | "short";
  /** When the view was answered (ISO 8601). */
  at: string;
};

/** POST /internal/trace/scans (header x-scan-secret, at most SCAN_BATCH_MAX views): a batch of views, written at once. */
export type TraceScanBatchBody = { scans: ScanRecord[] };
/**
 * `stored`: rows written; `duplicates`: ids already stored (counted once);
 * `skipped`: views of a lot that no longer exists; `serials`: the standing of
 * every unit the batch named, after it.
 */
export type TraceScanBatchResponse = { stored: number; duplicates: number; skipped: number; serials: SerialStanding[] };

/** GET /store/trace/standing: a unit's scans so far (read-only; no scan is logged). */
export type StoreTraceStandingQuery = { lot_id: string; serial: string };
export type StoreTraceStandingResponse = { serial: SerialStanding | null };

/** GET /store/trace/lots/:id/epcis[?serial=]: only the scanned serial is named in the document. */
export type StoreTraceEpcisQuery = { serial?: string };
/** The lot's journey as an EPCIS 2.0 JSON-LD document (application/ld+json). */
export type StoreTraceEpcisResponse = {
  "@context": unknown[];
  id: string;
  type: string;
  schemaVersion: string;
  creationDate: string;
  epcisHeader: Record<string, unknown>;
  epcisBody: { eventList: Record<string, unknown>[] };
};
