import * as store from "../../lib/medusa/store.server.ts";
import { cacheControl } from "../cache/cache-control.ts";
import { CATALOGUE_TAG } from "../cache/memo.ts";
import { catalogueCache } from "../catalogue/catalogue.server.ts";
import type { Showroom } from "./showroom.ts";

/** Every showroom and point of sale, from /store/showrooms, kept a minute (dropped when the backend says they changed). */
export function listShowrooms(): Promise<Showroom[]> {
  return catalogueCache.get("showrooms", [CATALOGUE_TAG, "showrooms"], store.listShowrooms);
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
