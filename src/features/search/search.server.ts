import { searchProducts as search } from "../../lib/medusa/store.server.ts";
import { PAGE_SIZE, type SearchParams, type SearchResult } from "./search.ts";

/** Runs a search on the backend's index; throws when the search engine is unavailable. */
export function searchProducts(params: SearchParams, options: { limit?: number; prefix?: boolean } = {}): Promise<SearchResult> {
  const { stars, in_stock, ...rest } = params;
  return search({
    ...rest,
    ...(stars !== undefined && { stars: Number(stars) }),
    ...(in_stock !== undefined && { in_stock: true }),
    limit: options.limit ?? PAGE_SIZE,
    mode: options.prefix ? "last" : "all",
  });
}
