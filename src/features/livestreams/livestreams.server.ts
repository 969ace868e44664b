import { FetchError } from "@medusajs/js-sdk";
import { sdk } from "../../lib/medusa/sdk.server.ts";
import { catalogueCache } from "../catalogue/catalogue.server.ts";
import { CATALOGUE_TAG } from "../cache/memo.ts";
import { type Livestream, type RawLivestream, reshapeLivestream } from "./livestream.ts";

/** Tag of the cached livestream list (dropped with the catalogue when the backend says livestreams changed). */
export const LIVESTREAMS_TAG = "livestreams";

/**
 * Every livestream, from the backend's /store/livestreams, kept a minute. Only
 * the data is cached: which are live is worked out from the times at each request.
 */
export function listLivestreams(): Promise<Livestream[]> {
  return catalogueCache.get("livestreams", [CATALOGUE_TAG, LIVESTREAMS_TAG], async () => {
    const { livestreams } = await sdk.client.fetch<{ livestreams: RawLivestream[] }>("/store/livestreams");
    return livestreams.map(reshapeLivestream);
  });
}

/** One livestream by id, or null. */
export async function retrieveLivestream(id: string): Promise<Livestream | null> {
  return (await listLivestreams()).find((l) => l.id === id) ?? null;
}

/**
 * Counts a followed "watch" link in the backend and returns where it leads
 * (the stored stream or replay URL), or null for an unknown livestream.
 */
export async function countWatchClick(id: string): Promise<string | null> {
  try {
    const { url } = await sdk.client.fetch<{ url: string }>(`/store/livestreams/${encodeURIComponent(id)}/clicks`, { method: "POST" });
    return url;
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null;
    throw error;
  }
}
