import type { Instant } from "./wire.js";

/** GET /producer/lots/:id/serials — one page of a lot's unit serials, in code order. */
export type LotSerialsQuery = { offset?: number; limit?: number };

/**
 * A unit serial as its producer follows it: its counted scans (a browser's
 * view, once per person per hour; bots and link previews never count), the
 * distinct regions they came from, and whether they look like a copied code.
 */
export type LotSerialStanding = {
  serial: string;
  scan_count: number;
  /** Region codes a trusted proxy reported for its counted scans (e.g. "VN", "VN-HN"); empty when none was reported. */
  regions: string[];
  first_scanned_at: Instant | null;
  last_scanned_at: Instant | null;
  flagged_at: Instant | null;
  /** copyFlagReason's text; read it with readCopyFlagReason. */
  flag_reason: string | null;
};

export type LotSerialsResponse = { serials: LotSerialStanding[]; count: number; offset: number; limit: number };
