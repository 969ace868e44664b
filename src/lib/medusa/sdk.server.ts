import Medusa from "@medusajs/js-sdk";
import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";

/**
 * The storefront's only connection to the backend. Requests run on the server,
 * so the publishable key never has to reach the browser.
 */
export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
  debug: false,
});

let regionId: Promise<string> | undefined;

/** The region whose prices the shop shows (the one priced in VND), looked up once. */
export function shopRegionId(): Promise<string> {
  regionId ??= sdk.store.region
    .list({ fields: "id,currency_code" })
    .then(({ regions }) => {
      const region = regions.find((r) => r.currency_code === "vnd") ?? regions[0];
      if (!region) throw new Error("The backend has no region: run the seed (npm start does it on first run).");
      return region.id;
    })
    .catch((error: unknown) => {
      regionId = undefined; // try again on the next request
      throw error;
    });
  return regionId;
}
