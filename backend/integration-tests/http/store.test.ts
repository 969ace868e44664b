import Medusa from "@medusajs/js-sdk";
import { beforeAll, describe, expect, inject, it } from "vitest";

const { backendUrl, publishableKey } = inject("platform");
const sdk = new Medusa({ baseUrl: backendUrl, publishableKey });

describe("Store API on the seeded database", () => {
  let regionId: string;

  beforeAll(async () => {
    const { regions } = await sdk.store.region.list();
    const vietnam = regions.find((r) => r.name === "Việt Nam");
    expect(vietnam?.currency_code).toBe("vnd");
    regionId = vietnam?.id ?? "";
  });

  it("serves the seeded products with whole-đồng VND prices and stock", async () => {
    const { products } = await sdk.store.product.list({
      region_id: regionId,
      fields: "handle,*variants,*variants.calculated_price,+variants.inventory_quantity",
    });
    const tea = products.find((p) => p.handle === "che-tom-non-hao-dat");
    const variant = tea?.variants?.find((v) => v.sku === "HD-TOMNON-100");
    expect(variant?.calculated_price?.calculated_amount).toBe(250_000);
    expect(variant?.calculated_price?.currency_code).toBe("vnd");
    expect(variant?.inventory_quantity).toBe(40);
  });

  it("refuses store requests without the publishable key", async () => {
    const response = await fetch(`${backendUrl}/store/products`);
    expect(response.status).toBe(400);
  });

  it("says the catalogue is demo data", async () => {
    const response = await sdk.client.fetch<{ site: { demo_data: boolean } }>("/store/site");
    expect(response.site.demo_data).toBe(true);
  });

  it("reports the database as up on /status", async () => {
    const response = await fetch(`${backendUrl}/status`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ backend: "up", database: "up" });
  });
});
