import { describe, expect, it } from "vitest";
import { lowestPrice } from "../../features/catalogue/product.ts";
import { productWithoutVariants, teaWithTwoVariants } from "./__fixtures__/store-product.ts";
import { reshapeProduct } from "./reshape.ts";

describe("reshapeProduct", () => {
  it("keeps prices in whole đồng and stock only where it is tracked", () => {
    const product = reshapeProduct(teaWithTwoVariants);
    expect(product.variants).toEqual([
      { id: "variant_100", title: "100 g", sku: "HD-TOMNON-100", priceVnd: 250000, inStock: 40 },
      { id: "variant_gift", title: "Hộp quà", sku: null, priceVnd: null, inStock: null },
    ]);
    expect(lowestPrice(product)).toBe(250000);
  });

  it("lists variants in a fixed order, whatever order the API read them in: rank, then the cheapest", () => {
    const [first, second] = teaWithTwoVariants.variants ?? [];
    if (!first || !second) throw new Error("fixture has two variants");
    expect(reshapeProduct({ ...teaWithTwoVariants, variants: [second, first] }).variants.map((v) => v.id)).toEqual(["variant_100", "variant_gift"]);
    const ranked = {
      ...teaWithTwoVariants,
      variants: [
        { ...first, variant_rank: 1 },
        { ...second, variant_rank: 0 },
      ],
    };
    expect(reshapeProduct(ranked).variants.map((v) => v.id)).toEqual(["variant_gift", "variant_100"]);
  });

  it("gives a product with no variants an empty list and no price", () => {
    const product = reshapeProduct(productWithoutVariants);
    expect(product.variants).toEqual([]);
    expect(lowestPrice(product)).toBeNull();
  });
});
