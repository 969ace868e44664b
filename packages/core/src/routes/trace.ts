import type { DeviceClass } from "../trace/copies.js";
import type { PublicTrace } from "../trace/public-view.js";

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
/** A GTIN alone names a product (trace and serial null); with a lot, a short code or a serial, a lot and its journey. */
export type StoreTraceResolveResponse = { product_id: string; trace: PublicTrace | null; serial: string | null };

/** POST /store/trace/scans */
export type StoreTraceScanBody = { lot_id: string; serial?: string; region?: string; device_class: DeviceClass; via: "gs1" | "short" };
export type StoreTraceScanResponse = { serial: SerialStanding | null };

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
