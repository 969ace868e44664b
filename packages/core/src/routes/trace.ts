import type { PublicTrace } from "../trace/public-view.js";
import type { DeviceClass } from "../trace/copies.js";

/** A unit serial's scan record, as the scan route answers it (dates as JSON strings). */
export type SerialStanding = {
  serial: string;
  scan_count: number;
  first_scanned_at: string | null;
  flagged: boolean;
  flag_reason: string | null;
};

/** GET /store/trace/resolve: a GTIN (+ lot, + serial) or a short code (+ serial). */
export type StoreTraceResolveQuery = { gtin?: string; lot?: string; serial?: string; short?: string };
export type StoreTraceResolveResponse = { product_id: string; trace: PublicTrace | null; serial: string | null };

/** POST /store/trace/scans */
export type StoreTraceScanBody = { lot_id: string; serial?: string; region?: string; device_class: DeviceClass; via: "gs1" | "short" };
export type StoreTraceScanResponse = { serial: SerialStanding | null };
