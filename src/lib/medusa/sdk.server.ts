import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";
import Medusa from "@medusajs/js-sdk";
import { withFieldProblems } from "./errors.ts";

/**
 * The storefront's only connection to the backend. Requests run on the server,
 * so the publishable key never has to reach the browser.
 */
export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: MEDUSA_PUBLISHABLE_KEY,
  debug: false,
});

/**
 * A JSON request to the backend that keeps what a refusal says. The js-sdk's
 * FetchError keeps only the message (js-sdk 2.21); this throws the same
 * FetchError with the body's `type`, `code` and `fields` on it, so callers tell
 * refusals apart by code, never by text. For the calls where that matters.
 */
export async function backendFetch<T>(
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; token?: string; query?: Record<string, string | number> } = {},
): Promise<T> {
  const url = new URL(path, MEDUSA_BACKEND_URL);
  for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, String(value));
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) throw await withFieldProblems(response);
  return (await response.json()) as T;
}

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
