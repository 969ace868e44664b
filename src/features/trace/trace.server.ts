import { FetchError } from "@medusajs/js-sdk";
import { type PublicTrace, deviceClass } from "@ocop/core";
;
import { sdk } from "../../lib/medusa/sdk.server.ts";
import { TaggedCache } from "../cache/memo.ts";
import type { ScanKey } from "./resolver.ts";

export type { PublicTrace };

/** What a key resolves to: a product (GTIN alone) or a lot, and the scanned serial. */
export type Resolved = { product_id: string; trace?: PublicTrace; serial: string | null };

export type SerialStanding = {
  serial: string;
  scan_count: number;
  first_scanned_at: string | null;
  flagged: boolean;
  flag_reason: string | null;
};

/** Lots change only by new events; the backend drops the "trace" tag when one is recorded. */
const traceCache = new TaggedCache(60_000);
export const TRACE_TAG = "trace";

export function invalidateTrace(tags: string[]): number {
  return traceCache.invalidate(tags);
}

function query(key: ScanKey): URLSearchParams {
  const params = new URLSearchParams();
  if (key.kind === "short") params.set("short", key.short);
  else {
    params.set("gtin", key.gtin);
    if (key.lot) params.set("lot", key.lot);
  }
  if (key.serial) params.set("serial", key.serial);
  return params;
}

/**
 * The lot (or product) a key names; null when nothing is registered under it.
 * When the backend fails, the last good answer for the key is served with the
 * time it was loaded (`savedAt`); without one, the failure is thrown.
 */
export function resolveKey(key: ScanKey): Promise<{ value: Resolved | null; savedAt: number | null }> {
  const params = query(key);
  return traceCache.getOrSaved(`resolve:${params}`, [TRACE_TAG], async () => {
    try {
      return await sdk.client.fetch<Resolved>(`/store/trace/resolve?${params}`);
    } catch (error) {
      if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null;
      throw error;
    }
  });
}

/**
 * Logs the scan (never cached) and answers the unit's standing. Only a coarse
 * region reaches the backend, from a proxy's geo header when there is one.
 */
export async function recordScan(
  lotId: string,
  key: ScanKey,
  request: Request,
): Promise<SerialStanding | null> {
  const headers = request.headers;
  const region = headers.get("cf-ipcountry") ?? headers.get("x-vercel-ip-country-region") ?? headers.get("x-region") ?? undefined;
  const { serial } = await sdk.client.fetch<{ serial: SerialStanding | null }>("/store/trace/scans", {
    method: "POST",
    body: {
      lot_id: lotId,
      ...(key.serial ? { serial: key.serial } : {}),
      ...(region ? { region: region.slice(0, 64) } : {}),
      device_class: deviceClass(headers.get("user-agent")),
      via: key.kind,
    },
  });
  return serial;
}

/** The lot's EPCIS 2.0 JSON-LD as the backend exports it for the public (only the scanned serial). */
export async function epcisDocument(lotId: string, serial?: string): Promise<unknown> {
  const params = serial ? `?serial=${encodeURIComponent(serial)}` : "";
  return await sdk.client.fetch<unknown>(`/store/trace/lots/${encodeURIComponent(lotId)}/epcis${params}`);
}
