import { retrieveSite as fetchSite } from "../../lib/medusa/store.server.ts";

export type SiteInfo = { name: string; demoData: boolean };

const TTL_MS = 60_000;
let cached: { value: SiteInfo; at: number } | undefined;

/**
 * The shop's name and whether it runs on the demo seed. Kept for a minute: it
 * is read on every page and changes only when the shop is re-seeded.
 */
export async function retrieveSite(): Promise<SiteInfo> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  cached = { value: await fetchSite(), at: Date.now() };
  return cached.value;
}
