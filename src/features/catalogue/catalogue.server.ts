import { FetchError } from "@medusajs/js-sdk";
import { reshapeProduct } from "../../lib/medusa/reshape.ts";
import type { RawOcopProduct } from "../../lib/medusa/reshape-ocop.ts";
import { sdk, shopRegionId } from "../../lib/medusa/sdk.server.ts";
import { listOcopProducts } from "../../lib/medusa/store.server.ts";
import type { LoadOutcome } from "../cache/cache-control.ts";
import { CATALOGUE_TAG, productTag, TaggedCache } from "../cache/memo.ts";

/** Catalogue reads shared by all pages of this instance; emptied by the backend on change. */
export const catalogueCache = new TaggedCache(60_000);

import type { Product } from "./product.ts";

const PRODUCT_FIELDS = "id,handle,title,subtitle,description,thumbnail,created_at,collection.handle,*variants,*variants.calculated_price,+variants.inventory_quantity";

/** OCOP records by product id, from the backend's /store/ocop/products. */
async function ocopByProduct(handle?: string): Promise<Map<string, RawOcopProduct>> {
  const rows = await listOcopProducts(handle ? { handle } : {});
  return new Map(rows.map((row) => [row.product_id, row]));
}

/**
 * Published products in the shop's region, newest first. The provincial
 * catalogue is a few hundred products, so pages filter and sort one cached list;
 * search (its own index) is what scales past that.
 */
export function listProducts(): Promise<Product[]> {
  return catalogueCache.get("products", [CATALOGUE_TAG], async () => {
    const [{ products }, ocop] = await Promise.all([
      sdk.store.product.list({ region_id: await shopRegionId(), fields: PRODUCT_FIELDS, limit: 1000, order: "-created_at" }),
      ocopByProduct(),
    ]);
    return products.map((p) => reshapeProduct(p, ocop.get(p.id)));
  });
}

/**
 * One product by its URL handle, or null when there is none. Medusa is asked
 * by id, which the OCOP record names: its store list filtered by handle costs
 * more as the catalogue grows (about a second per page at the national 16,000
 * products, `npm run bench -- --scale 1`), by id tens of milliseconds.
 */
export function retrieveProduct(handle: string): Promise<Product | null> {
  return catalogueCache.get(`product:${handle}`, [CATALOGUE_TAG, productTag(handle)], async () => {
    const ocop = await ocopByProduct(handle);
    const [id] = ocop.keys();
    const { products } = await sdk.store.product.list({
      ...(id ? { id } : { handle }),
      region_id: await shopRegionId(),
      fields: PRODUCT_FIELDS,
      limit: 1,
    });
    const [product] = products;
    return product?.handle === handle ? reshapeProduct(product, ocop.get(product.id)) : null;
  });
}

/**
 * One product by its id (a scanned lot names its product so), or null when
 * there is none. Trace pages read it: when the backend fails, the last good
 * copy is served with the time it was loaded (`savedAt`).
 */
export function retrieveProductById(id: string): Promise<{ value: Product | null; savedAt: number | null }> {
  return catalogueCache.getOrSaved(`product-id:${id}`, [CATALOGUE_TAG], async () => {
    const { products } = await sdk.store.product.list({ id, region_id: await shopRegionId(), fields: PRODUCT_FIELDS, limit: 1 });
    const [product] = products;
    if (!product) return null;
    const ocop = await ocopByProduct(product.handle);
    return reshapeProduct(product, ocop.get(product.id));
  });
}

/** A page's data and how loading it went (a backend failure is logged, not thrown). */
export type PageData<T> = { outcome: LoadOutcome; data: T | null };

/** Runs a page's loader, turning "not there" and "backend failed" into outcomes. */
export async function loadPage<T>(what: string, load: () => Promise<T | null>): Promise<PageData<T>> {
  try {
    const data = await load();
    return { outcome: data === null ? "missing" : "found", data };
  } catch (error) {
    // The backend refused what the address asked for (a NUL byte, a bad number): the visitor's mistake, a 400.
    if (error instanceof FetchError && error.status === 400) return { outcome: "invalid", data: null };
    console.error(`Could not load ${what}:`, error);
    return { outcome: "unavailable", data: null };
  }
}
