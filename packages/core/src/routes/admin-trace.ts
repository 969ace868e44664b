import type { ChainCheck } from "../trace/chain.js";
import type { LabelFormat } from "../trace/codes.js";
import type { LotTextFacts, LotTextFactsInput } from "../trace/lot-facts.js";
import type { TraceLocation } from "../trace/public-view.js";
import type { BizStep, Disposition, EventType, StandardCode, Unit } from "../trace/vocabulary.js";
import type { Instant } from "./wire.js";

/**
 * The trade department's trace API (/admin/trace/*), which the producer
 * portal's /producer/lots* routes answer the same way after their ownership
 * check. Bodies match backend/src/modules/traceability/input.ts (checked in
 * backend/src/api/admin/trace/validators.ts).
 */

// ── Requests ──────────────────────────────────────────────────────────────

/** Where an event happened (EPCIS readPoint / bizLocation), as a recorder sends it. */
/** Where: a name, and when known its place page, coordinates or GLN (13 digits; the export then names it by GS1 Digital Link, AI 414). */
export type TraceLocationInput = { name: string; place_handle?: string; geo?: { lat: number; lng: number }; gln?: string };
/** An input or output of a transformation: a material handle, or "lot" for this lot. */
export type TraceQuantityInput = { material: string; label?: string; label_en?: string; quantity: number; uom: Unit };

/** POST /admin/trace/lots (and /producer/lots) — a lot of a product's variant, with optional unit serials. */
export type CreateLotBody = {
  product_id: string;
  variant_id?: string;
  code: string;
  gtin?: string;
  quantity: number;
  unit: Unit;
  place_handle?: string;
  harvested_at?: string;
  produced_at?: string;
  packed_at?: string;
  expires_at?: string;
  standards?: { code: StandardCode; reference?: string; issuer?: string }[];
  serial_count?: number;
  /** A uuid the client made: the lot takes the id it names (lotIdOf), and the same uuid again answers with that lot. */
  client_id?: string;
} & LotTextFactsInput;

/** POST /admin/trace/lots/:id/events — one step of the lot's journey, in EPCIS terms. */
export type AppendEventBody = {
  type?: "ObjectEvent" | "TransformationEvent";
  action?: "ADD" | "OBSERVE" | "DELETE";
  biz_step: BizStep;
  disposition?: Disposition;
  /** An ISO 8601 instant with its offset (the offset is where it happened). */
  event_time: string;
  read_point: TraceLocationInput;
  biz_location?: TraceLocationInput;
  serials?: string[];
  quantity?: number;
  uom?: Unit;
  ilmd?: Record<string, string | number>;
  inputs?: TraceQuantityInput[];
  outputs?: TraceQuantityInput[];
  note?: { vi: string; en?: string };
  corrects_event_id?: string;
  /** The EPCIS eventID, when the client made it (`urn:uuid:…`, eventIdOf): the same id again answers with the first event. */
  event_id?: string;
};

/** POST /admin/trace/lots/:id/serials */
export type GenerateSerialsBody = { count: number };
/** GET /admin/trace/lots */
export type ListLotsQuery = { product_id?: string };
/** POST /admin/trace/gtins — give a variant a GTIN; one another variant holds moves only with `move: true`. */
export type AssignGtinBody = { gtin: string; variant_id: string; move?: boolean };
/** GET /admin/trace/gtins */
export type ListGtinsQuery = { gtin?: string; product_id?: string };
/** Who holds a GTIN. */
export type GtinHolding = { id: string; gtin: string; product_id: string; variant_id: string };
export type GtinsResponse = { gtins: GtinHolding[] };
export type AssignGtinResponse = { gtin: GtinHolding; moved_from: string | null };
/**
 * GET /admin/trace/lots/:id/labels — `serials=all`, a comma-separated list, or `copies` of the lot's code;
 * `format=a4` (the 21-up sticker sheet, default) or `thermal` (50 × 30 mm, one label per page).
 */
export type LabelsQuery = { serials?: string; copies?: number | string; format?: LabelFormat };
/** GET /admin/trace/lots/:id/qr */
export type QrQuery = { format?: "svg" | "png"; serial?: string };

// ── Records ───────────────────────────────────────────────────────────────

export type TraceLotRecord = {
  id: string;
  product_id: string;
  variant_id: string;
  code: string;
  short_code: string;
  gtin: string | null;
  quantity: number;
  unit: string;
  place_handle: string | null;
  harvested_at: Instant | null;
  produced_at: Instant | null;
  packed_at: Instant | null;
  expires_at: Instant | null;
  created_at: Instant;
} & LotTextFacts;

export type TraceEventRecord = {
  id: string;
  lot_id: string;
  seq: number;
  event_id: string;
  type: EventType;
  action: "ADD" | "OBSERVE" | "DELETE" | null;
  biz_step: string;
  disposition: string | null;
  event_time: Instant;
  time_zone_offset: string;
  read_point: TraceLocation | null;
  biz_location: TraceLocation | null;
  serials: string[] | null;
  quantity: number | null;
  uom: string | null;
  /** A transformation's inputs (processing), as recorded. */
  inputs: TraceQuantityInput[] | null;
  note: { vi: string; en?: string } | null;
  corrects_event_id: string | null;
  recorded_by: string;
  prev_hash: string | null;
  hash: string;
};

/** A unit serial with what its scans look like. */
export type TraceSerialStanding = { serial: string; scan_count: number; first_scanned_at: Instant | null; flagged_at: Instant | null; flag_reason: string | null };

// ── Responses ─────────────────────────────────────────────────────────────

/** POST /admin/trace/lots/:id/serials/:serial/clear-flag — the unit, no longer flagged, and when its flag was cleared. */
export type TraceClearFlagResponse = { serial: { serial: string; scan_count: number; flagged: boolean; flag_cleared_at: Instant } };

/** GET /admin/trace/lots (and /producer/lots) — newest first. */
export type TraceLotsResponse = { lots: TraceLotRecord[] };
/** POST /admin/trace/lots (201) — the lot and its new unit serials. */
export type CreateLotResponse = { lot: TraceLotRecord; serials: string[] };
/** GET /admin/trace/lots/:id — the lot, its events, whether their chain holds, and its serials. */
export type TraceLotResponse = { lot: TraceLotRecord; events: TraceEventRecord[]; chain: ChainCheck; serials: TraceSerialStanding[] };
/** POST /admin/trace/lots/:id/events (201) */
export type TraceEventResponse = { event: TraceEventRecord };
/** POST /admin/trace/lots/:id/serials (201) — the new unit serials. */
export type TraceSerialsResponse = { serials: string[] };
/** GET …/labels answers an A4 PDF; GET …/qr an SVG or PNG (with its link in x-qr-uri); GET …/epcis an EPCIS 2.0 JSON-LD document. */
