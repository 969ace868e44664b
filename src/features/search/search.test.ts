import { describe, expect, it } from "vitest";
import { facetMap, pageHref, parseSearchParams, priceRangeLabel, priceRanges } from "./search.ts";

describe("parseSearchParams", () => {
  it("reads the query and filters, defaulting to relevance and page 1", () => {
    expect(parseSearchParams(new URLSearchParams("q=che tan cuong&stars=5&in_stock=true&price=100k-300k")).params).toEqual({
      q: "che tan cuong",
      stars: "5",
      in_stock: "true",
      price: "100k-300k",
      sort: "relevance",
      page: 1,
    });
  });

  it("names and drops values it cannot use", () => {
    const { params, problems } = parseSearchParams(new URLSearchParams("q=mien&stars=9&page=-2&in_stock=yes&price=cheap"));
    expect(params).toEqual({ q: "mien", sort: "relevance", page: 1 });
    expect(problems.sort()).toEqual(["in_stock=yes", "page=-2", "price=cheap", "stars=9"]);
  });
});

describe("pageHref", () => {
  it("keeps the search and filters, leaving defaults out", () => {
    const { params } = parseSearchParams(new URLSearchParams("q=mat ong&group=food"));
    expect(pageHref("/search", params, 2)).toBe("/search?q=mat+ong&group=food&page=2");
    expect(pageHref("/en/search", params, 1)).toBe("/en/search?q=mat+ong&group=food");
  });
});

describe("facetMap", () => {
  it("turns value facets into counts and ignores other kinds", () => {
    const result = {
      hits: [],
      producers: [],
      count: 0,
      page: 1,
      limit: 20,
      facets: { stars: { type: "value" as const, values: [{ value: "5", count: 2 }] }, price_min: { type: "range" as const, ranges: [] } },
    };
    expect(facetMap(result, "stars")).toEqual(new Map([["5", 2]]));
    expect(facetMap(result, "price_min")).toEqual(new Map());
  });
});

describe("price ranges", () => {
  const result = {
    hits: [],
    producers: [],
    count: 3,
    page: 1,
    limit: 20,
    facets: {
      price_min: {
        type: "range" as const,
        ranges: [
          { key: "under-100k", to: 100000, count: 1 },
          { key: "100k-300k", from: 100000, to: 300000, count: 2 },
          { key: "over-1m", from: 1000000, count: 0 },
        ],
      },
    },
  };

  it("reads the bands and their counts from the result, or none without a range facet", () => {
    expect(priceRanges(result).map((r) => [r.key, r.count])).toEqual([
      ["under-100k", 1],
      ["100k-300k", 2],
      ["over-1m", 0],
    ]);
    expect(priceRanges({ ...result, facets: {} })).toEqual([]);
  });

  it("labels bands in whole đồng, in Vietnamese and English", () => {
    const [under, between, over] = priceRanges(result);
    if (!under || !between || !over) throw new Error("fixture has three bands");
    // Intl puts a no-break space between amount and symbol; compare with plain spaces.
    const label = (...args: Parameters<typeof priceRangeLabel>) => priceRangeLabel(...args).replace(/\s/g, " ");
    expect(label(under, "vi")).toBe("Dưới 100.000 ₫");
    expect(label(between, "vi")).toBe("100.000 ₫ – 300.000 ₫");
    expect(label(over, "vi")).toBe("Từ 1.000.000 ₫ trở lên");
    expect(label(under, "en")).toBe("Under ₫100,000");
    expect(label(over, "en")).toBe("₫1,000,000 and over");
  });
});
