import * as store from "../../lib/medusa/store.server.ts";
import { CATALOGUE_TAG } from "../cache/memo.ts";
import { catalogueCache } from "../catalogue/catalogue.server.ts";
import type { Visitor } from "../security/attempts.ts";
import type { Livestream } from "./livestream.ts";

/** Tag of the cached livestream list (dropped with the catalogue when the backend says livestreams changed). */
export const LIVESTREAMS_TAG = "livestreams";

/**
 * Every livestream, from the backend's /store/livestreams, kept a minute. Only
 * the data is cached: which are live is worked out from the times at each request.
 */
export function listLivestreams(): Promise<Livestream[]> {
  return catalogueCache.get("livestreams", [CATALOGUE_TAG, LIVESTREAMS_TAG], store.listLivestreams);
}

/** One livestream by id, or null. */
export async function retrieveLivestream(id: string): Promise<Livestream | null> {
  return (await listLivestreams()).find((l) => l.id === id) ?? null;
}

/**
 * Counts a followed "watch" link in the backend and returns where it leads
 * (the stored stream or replay URL), or null for an unknown livestream.
 */
export function countWatchClick(id: string, visitor: Visitor): Promise<string | null> {
  return store.countLivestreamClick(id, visitor);
}
