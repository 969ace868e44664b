import { sdk } from "../../lib/medusa/sdk.server.ts";
import { PAGE_SIZE, type SearchParams, type SearchResult } from "./search.ts";

/** Runs a search on the backend's index; throws when the search engine is unavailable. */
export async function searchProducts(
  params: SearchParams,
  options: { limit?: number; prefix?: boolean } = {},
): Promise<SearchResult> {
  const query: Record<string, string> = {
    page: String(params.page),
    limit: String(options.limit ?? PAGE_SIZE),
    sort: params.sort,
    mode: options.prefix ? "last" : "all",
  };
  for (const key of ["q", "group", "set", "stars", "place", "type", "in_stock", "price"] as const) {
    const value = params[key];
    if (value !== undefined) query[key] = String(value);
  }
  return sdk.client.fetch<SearchResult>("/store/ocop/search", { query });
}
