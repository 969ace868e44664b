import { z } from "astro/zod";

export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "stars", "newest"] as const;
export const PAGE_SIZE = 20;

/** The search page's query string, validated; bad values are named and dropped. */
const schema = z.object({
  q: z.string().trim().max(200).optional(),
  group: z.string().regex(/^[a-z-]{1,40}$/).optional(),
  set: z.string().regex(/^[a-z-]{1,40}$/).optional(),
  stars: z.enum(["3", "4", "5"]).optional(),
  place: z.string().regex(/^[a-z0-9-]{1,80}$/).optional(),
  type: z.enum(["cooperative", "cooperative_group", "enterprise", "household"]).optional(),
  /** A checkbox: only "true" is ever sent. */
  in_stock: z.literal("true").optional(),
  sort: z.enum(SEARCH_SORTS).default("relevance"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export type SearchParams = z.infer<typeof schema>;

export function parseSearchParams(params: URLSearchParams): { params: SearchParams; problems: string[] } {
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { params: parsed.data, problems: [] };
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = schema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
  return { params: kept, problems: [...bad].map((k) => `${k}=${raw[k] ?? ""}`) };
}

/** One hit as the backend's search index stores it. */
export type SearchHit = {
  id: string;
  handle: string;
  title: string;
  title_en: string;
  producer_name: string;
  place_name: string;
  stars: number;
  price_min: number;
  in_stock: boolean;
};

export type FacetValues = { type: "value"; values: { value: string | number; count: number }[] };
export type SearchResult = { hits: SearchHit[]; facets: Record<string, FacetValues | { type: string }>; count: number; page: number };

/** Counts per value of one facet, as a Map. */
export function facetMap(result: SearchResult, field: string): Map<string, number> {
  const facet = result.facets[field];
  if (!facet || facet.type !== "value" || !("values" in facet)) return new Map();
  return new Map(facet.values.map((v) => [String(v.value), v.count]));
}

/** The query string for a page of the same search (pagination links). */
export function pageHref(base: string, params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, page })) {
    if (value !== undefined && value !== "" && !(key === "sort" && value === "relevance") && !(key === "page" && value === 1)) {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
