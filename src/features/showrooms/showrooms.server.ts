import { sdk } from "../../lib/medusa/sdk.server.ts";
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
