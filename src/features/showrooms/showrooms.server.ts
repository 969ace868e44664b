import { sdk } from "../../lib/medusa/sdk.server.ts";
import { cacheControl } from "../cache/cache-control.ts";
import { catalogueCache } from "../catalogue/catalogue.server.ts";
import { CATALOGUE_TAG } from "../cache/memo.ts";
import { type RawShowroom, reshapeShowroom, type Showroom } from "./showroom.ts";

/** Every showroom and point of sale, from /store/showrooms, kept a minute (dropped when the backend says they changed). */
export function listShowrooms(): Promise<Showroom[]> {
  return catalogueCache.get("showrooms", [CATALOGUE_TAG, "showrooms"], async () => {
    const { showrooms } = await sdk.client.fetch<{ showrooms: RawShowroom[] }>("/store/showrooms");
    return showrooms.map(reshapeShowroom);
  });
}

/**
 * /showrooms (at fixed paths, src/pages/showrooms.astro and en/: under [...lang],
 * /staff/showrooms would match it with lang "staff"): the list, status and caching.
 */
export async function showroomsPage(): Promise<{ showrooms: Showroom[] | null; status: number; cacheControl: string }> {
  const showrooms = await listShowrooms().catch((error: unknown) => {
    console.error("Could not load showrooms:", error);
    return null;
  });
  return { showrooms, status: showrooms ? 200 : 503, cacheControl: cacheControl(showrooms ? "catalogue" : "private") };
}
