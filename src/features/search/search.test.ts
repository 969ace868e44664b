import { describe, expect, it } from "vitest";
import { facetMap, pageHref, parseSearchParams } from "./search.ts";

describe("parseSearchParams", () => {
  it("reads the query and filters, defaulting to relevance and page 1", () => {
    expect(parseSearchParams(new URLSearchParams("q=che tan cuong&stars=5&in_stock=true")).params).toEqual({
      q: "che tan cuong",
      stars: "5",
      in_stock: "true",
      sort: "relevance",
      page: 1,
    });
  });

  it("names and drops values it cannot use", () => {
    const { params, problems } = parseSearchParams(new URLSearchParams("q=mien&stars=9&page=-2&in_stock=yes"));
    expect(params).toEqual({ q: "mien", sort: "relevance", page: 1 });
    expect(problems.sort()).toEqual(["in_stock=yes", "page=-2", "stars=9"]);
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
      count: 0,
      page: 1,
      facets: { stars: { type: "value" as const, values: [{ value: 5, count: 2 }] }, price_min: { type: "stats" } },
    };
    expect(facetMap(result, "stars")).toEqual(new Map([["5", 2]]));
    expect(facetMap(result, "price_min")).toEqual(new Map());
  });
});
