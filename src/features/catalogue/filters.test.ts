import { describe, expect, it } from "vitest";
import { catalogue } from "./__fixtures__/products.ts";
import { applyFilters, facetCounts, parseFilters } from "./filters.ts";

const handles = (ps: { handle: string }[]) => ps.map((p) => p.handle);
const filters = (query: string) => parseFilters(new URLSearchParams(query)).filters;

describe("parseFilters", () => {
  it("reads every known filter and defaults the sort to newest", () => {
    expect(parseFilters(new URLSearchParams("group=food&stars=5&type=cooperative&place=tan-cuong"))).toEqual({
      filters: { group: "food", stars: 5, type: "cooperative", place: "tan-cuong", sort: "newest" },
      problems: [],
    });
  });

  it("names values it cannot use and keeps the rest", () => {
    const { filters: kept, problems } = parseFilters(new URLSearchParams("stars=7&set=spaceships&group=food"));
    expect([...problems].sort()).toEqual(["set=spaceships", "stars=7"]);
    expect(kept).toEqual({ group: "food", sort: "newest" });
  });

  it("treats empty values (an untouched select) as no filter", () => {
    expect(filters("group=&stars=")).toEqual({ sort: "newest" });
  });
});

describe("applyFilters", () => {
  it("filters by stars on the OCOP mark only: an expired 3★ is not a 3★ product", () => {
    expect(handles(applyFilters(catalogue, filters("stars=5"), "vi"))).toEqual(["che-tom-non"]);
    expect(handles(applyFilters(catalogue, filters("stars=3"), "vi"))).toEqual([]);
  });

  it("filters by group, set, place and producer type together", () => {
    expect(handles(applyFilters(catalogue, filters("group=food&type=household"), "vi"))).toEqual(["mien-dong"]);
    expect(handles(applyFilters(catalogue, filters("place=tan-cuong&set=tea"), "vi"))).toEqual(["che-tom-non"]);
  });

  it("sorts by price, stars, name (per language) and newest", () => {
    expect(handles(applyFilters(catalogue, filters("sort=price-asc"), "vi"))).toEqual(["mien-dong", "gao", "mat-ong", "che-tom-non"]);
    expect(handles(applyFilters(catalogue, filters("sort=stars"), "vi")).slice(0, 2)).toEqual(["che-tom-non", "mien-dong"]);
    expect(handles(applyFilters(catalogue, filters("sort=name"), "en"))[0]).toBe("che-tom-non"); // "Bud tea" in English
    expect(handles(applyFilters(catalogue, filters(""), "vi"))).toEqual(["mat-ong", "che-tom-non", "mien-dong", "gao"]);
  });
});

describe("facetCounts", () => {
  it("counts each value under the other filters", () => {
    const stars = facetCounts(catalogue, filters("group=food"), "stars");
    expect(Object.fromEntries(stars)).toEqual({ "5": 1, "4": 1 });
    const types = facetCounts(catalogue, filters("stars=4"), "type");
    expect(Object.fromEntries(types)).toEqual({ household: 1 });
  });
});
