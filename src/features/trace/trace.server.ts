import type { PublicTrace, SerialStanding, StoreTraceEpcisResponse, StoreTraceResolveQuery, StoreTraceResolveResponse } from "@ocop/core";
import * as store from "../../lib/medusa/store.server.ts";
import { TaggedCache } from "../cache/memo.ts";
import type { ScanKey } from "./resolver.ts";

export type { PublicTrace, SerialStanding };

/** What a key resolves to: a product (GTIN alone, trace null) or a lot, and the scanned serial. */
export type Resolved = StoreTraceResolveResponse;

/** Lots change only by new events; the backend drops the "trace" tag when one is recorded. */
const traceCache = new TaggedCache(60_000);
export const TRACE_TAG = "trace";

export function invalidateTrace(tags: string[]): number {
  return traceCache.invalidate(tags);
}

function query(key: ScanKey): StoreTraceResolveQuery {
  const serial = key.serial ? { serial: key.serial } : {};
  if (key.kind === "short") return { short: key.short, ...serial };
  return { gtin: key.gtin, ...(key.lot ? { lot: key.lot } : {}), ...serial };
}

/**
 * The lot (or product) a key names; null when nothing is registered under it.
 * When the backend fails, the last good answer for the key is served with the
 * time it was loaded (`savedAt`); without one, the failure is thrown.
 */
export function resolveKey(key: ScanKey): Promise<{ value: Resolved | null; savedAt: number | null }> {
  const params = query(key);
  return traceCache.getOrSaved(`resolve:${new URLSearchParams(params)}`, [TRACE_TAG], () => store.resolveTraceKey(params));
}

/** The lot's EPCIS 2.0 JSON-LD as the backend exports it for the public (only the scanned serial). */
export function epcisDocument(lotId: string, serial?: string): Promise<StoreTraceEpcisResponse> {
  return store.retrieveLotEpcis(lotId, serial ? { serial } : {});
}

/** How far a key had to walk up: it named what is registered, or only its lot, or only its product. */
export type Nearest = { resolved: Resolved; walked: "none" | "to-lot" | "to-product"; savedAt: number[] };

/**
 * The nearest registered level of a key (GS1's resolver standard: walk up
 * the tree rather than answer 404): the unit, else its lot, else its GTIN's
 * product. Null when not even the GTIN (or short code) is registered.
 */
export async function resolveNearest(key: ScanKey): Promise<Nearest | null> {
  const tries: { key: ScanKey; walked: Nearest["walked"] }[] = [{ key, walked: key.kind === "gs1" && key.tpx ? "to-product" : "none" }];
  if (key.serial) tries.push({ key: { ...key, serial: undefined }, walked: "to-lot" });
  if (key.kind === "gs1" && (key.lot || key.serial)) tries.push({ key: { kind: "gs1", gtin: key.gtin }, walked: "to-product" });
  const savedAt: number[] = [];
  for (const attempt of tries) {
    const found = await resolveKey(attempt.key);
    if (found.savedAt !== null) savedAt.push(found.savedAt);
    // A serial without a lot (/01/{gtin}/21/{serial}) names no lot to walk up to.
    if (found.value && (attempt.walked !== "to-lot" || found.value.trace)) return { resolved: found.value, walked: attempt.walked, savedAt };
  }
  return null;
}
