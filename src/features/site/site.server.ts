import { sdk } from "../../lib/medusa/sdk.server.ts";

export type SiteInfo = { name: string; demoData: boolean };

const TTL_MS = 60_000;
let cached: { value: SiteInfo; at: number } | undefined;

/**
 * The shop's name and whether it runs on the demo seed. Kept for a minute: it
 * is read on every page and changes only when the shop is re-seeded.
 */
export async function retrieveSite(): Promise<SiteInfo> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const { site } = await sdk.client.fetch<{ site: { name: string; demo_data: boolean } }>("/store/site");
  cached = { value: { name: site.name, demoData: site.demo_data }, at: Date.now() };
  return cached.value;
}
