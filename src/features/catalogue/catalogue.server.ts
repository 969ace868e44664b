import { reshapeProduct } from "../../lib/medusa/reshape.ts";
import { sdk, shopRegionId } from "../../lib/medusa/sdk.server.ts";
import type { LoadOutcome } from "../cache/cache-control.ts";
import type { Product } from "./product.ts";

const PRODUCT_FIELDS =
  "id,handle,title,subtitle,description,thumbnail,*variants,*variants.calculated_price,+variants.inventory_quantity";

/** Published products in the shop's region, newest first. */
export async function listProducts(options: { limit?: number } = {}): Promise<Product[]> {
  const { products } = await sdk.store.product.list({
    region_id: await shopRegionId(),
    fields: PRODUCT_FIELDS,
    limit: options.limit ?? 50,
    order: "-created_at",
  });
  return products.map(reshapeProduct);
}

/** One product by its URL handle, or null when there is none. */
export async function retrieveProduct(handle: string): Promise<Product | null> {
  const { products } = await sdk.store.product.list({
    handle,
    region_id: await shopRegionId(),
    fields: PRODUCT_FIELDS,
    limit: 1,
  });
  const [product] = products;
  return product ? reshapeProduct(product) : null;
}

/** A page's data and how loading it went (a backend failure is logged, not thrown). */
export type PageData<T> = { outcome: LoadOutcome; data: T | null };

/** Runs a page's loader, turning "not there" and "backend failed" into outcomes. */
export async function loadPage<T>(what: string, load: () => Promise<T | null>): Promise<PageData<T>> {
  try {
    const data = await load();
    return { outcome: data === null ? "missing" : "found", data };
  } catch (error) {
    console.error(`Could not load ${what}:`, error);
    return { outcome: "unavailable", data: null };
  }
}
