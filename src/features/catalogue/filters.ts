import { ENTITY_TYPES } from "@ocop/core";
import { z } from "astro/zod";
import type { Locale } from "../i18n/messages.ts";
import { PRODUCT_GROUPS, PRODUCT_SETS } from "../ocop/rules.ts";
import { lowestPrice, type Product, productTitle } from "./product.ts";

export const SORTS = ["newest", "price-asc", "price-desc", "stars", "name"] as const;
export type Sort = (typeof SORTS)[number];

const schema = z.object({
  group: z.enum(PRODUCT_GROUPS.map((g) => g.code) as [string, ...string[]]).optional(),
  set: z.enum(PRODUCT_SETS.map((s) => s.code) as [string, ...string[]]).optional(),
  stars: z.enum(["3", "4", "5"]).transform(Number).optional(),
  place: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "not a place")
    .optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  sort: z.enum(SORTS).default("newest"),
});

export type CatalogueFilters = z.infer<typeof schema>;
export type FilterKey = Exclude<keyof CatalogueFilters, "sort">;

/** Reads filters from a query string; `problems` names each value it could not use. */
export function parseFilters(params: URLSearchParams): { filters: CatalogueFilters; problems: string[] } {
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((i) => `${i.path.join(".")}=${String(raw[String(i.path[0])] ?? "")}`);
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const retry = schema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
  return { filters: retry, problems };
}

/** Whether a product passes every filter except `skip` (used for facet counts). */
function matches(product: Product, filters: CatalogueFilters, skip?: FilterKey): boolean {
  const ocop = product.ocop;
  const test: Record<FilterKey, () => boolean> = {
    group: () => ocop?.group.code === filters.group,
    set: () => ocop?.productSet.code === filters.set,
    stars: () => ocop?.markStars === filters.stars,
    place: () => ocop?.place?.handle === filters.place,
    type: () => ocop?.producer?.entityType === filters.type,
  };
  return (Object.keys(test) as FilterKey[]).every((key) => key === skip || filters[key] === undefined || test[key]());
}

/** The products that pass the filters, in the chosen order. */
export function applyFilters(products: Product[], filters: CatalogueFilters, locale: Locale): Product[] {
  return sortProducts(
    products.filter((p) => matches(p, filters)),
    filters.sort,
    locale,
  );
}

const collator = { vi: new Intl.Collator("vi"), en: new Intl.Collator("en") };

export function sortProducts(products: Product[], sort: Sort, locale: Locale): Product[] {
  const price = (p: Product) => lowestPrice(p) ?? Number.POSITIVE_INFINITY;
  const compare: Record<Sort, (a: Product, b: Product) => number> = {
    newest: (a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0),
    "price-asc": (a, b) => price(a) - price(b),
    "price-desc": (a, b) => (lowestPrice(b) ?? -1) - (lowestPrice(a) ?? -1),
    stars: (a, b) => (b.ocop?.markStars ?? 0) - (a.ocop?.markStars ?? 0),
    name: (a, b) => collator[locale].compare(productTitle(a, locale), productTitle(b, locale)),
  };
  return [...products].sort((a, b) => compare[sort](a, b) || collator[locale].compare(a.handle, b.handle));
}

/** For one filter, how many products each value would leave, given the other filters. */
export function facetCounts(products: Product[], filters: CatalogueFilters, key: FilterKey): Map<string, number> {
  const valueFor: Record<FilterKey, (p: Product) => string | undefined> = {
    group: (p) => p.ocop?.group.code,
    set: (p) => p.ocop?.productSet.code,
    stars: (p) => (p.ocop?.markStars ? String(p.ocop.markStars) : undefined),
    place: (p) => p.ocop?.place?.handle,
    type: (p) => p.ocop?.producer?.entityType,
  };
  const counts = new Map<string, number>();
  for (const product of products.filter((p) => matches(p, filters, key))) {
    const value = valueFor[key](product);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
