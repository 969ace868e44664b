import type { StoreOcopSearchResponse, StorePriceRangeCount, StoreSearchHit, StoreSearchProducerHit } from "@ocop/core";
import { ENTITY_TYPES, PRICE_RANGE_KEYS, SEARCH_SORTS } from "@ocop/core";
import { z } from "astro/zod";
import { formatVnd } from "../i18n/format.ts";
import { type Locale, t } from "../i18n/messages.ts";

export const PAGE_SIZE = 20;
export { PRICE_RANGE_KEYS, SEARCH_SORTS };

/** The search page's query string, validated; bad values are named and dropped. */
const schema = z.object({
  q: z.string().trim().max(200).optional(),
  group: z
    .string()
    .regex(/^[a-z-]{1,40}$/)
    .optional(),
  set: z
    .string()
    .regex(/^[a-z-]{1,40}$/)
    .optional(),
  stars: z.enum(["3", "4", "5"]).optional(),
  place: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  /** A checkbox: only "true" is ever sent. */
  in_stock: z.literal("true").optional(),
  price: z.enum(PRICE_RANGE_KEYS).optional(),
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

/** The backend's search answer and its parts, as @ocop/core names them. */
export type SearchHit = StoreSearchHit;
export type ProducerHit = StoreSearchProducerHit;
export type PriceRange = StorePriceRangeCount;
export type SearchResult = StoreOcopSearchResponse;

/** Counts per value of one facet, as a Map. */
export function facetMap(result: SearchResult, field: string): Map<string, number> {
  const facet = result.facets[field];
  if (facet?.type !== "value") return new Map();
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

/** The price bands with their counts, as the backend counted them for this search. */
export function priceRanges(result: SearchResult): PriceRange[] {
  const facet = result.facets.price_min;
  return facet?.type === "range" ? facet.ranges : [];
}

/** A price band for people: "Dưới 100.000 ₫", "100.000 ₫ – 300.000 ₫", "Từ 1.000.000 ₫". */
export function priceRangeLabel(range: PriceRange, locale: Locale): string {
  if (range.from === undefined && range.to !== undefined) return t(locale, "price.under", { amount: formatVnd(range.to, locale) });
  if (range.to === undefined && range.from !== undefined) return t(locale, "price.over", { amount: formatVnd(range.from, locale) });
  return `${formatVnd(range.from ?? 0, locale)} – ${formatVnd(range.to ?? 0, locale)}`;
}
