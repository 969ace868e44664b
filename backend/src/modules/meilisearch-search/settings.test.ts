import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { meiliSettings } from "./settings"

const definition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "meilisearch",
  settings: {},
  definition_hash: "x",
  physical_name: "product_v1",
  fields: {
    id: { type: "keyword", filterable: true },
    title: { type: "text", searchable: { weight: 5 } },
    story: { type: "text", searchable: { weight: 1 } },
    folded: { type: "text", searchable: { weight: 3 }, retrievable: false },
    stars: { type: "integer", filterable: true, sortable: true, facetable: { types: ["value"] } },
    group: { type: "keyword", facetable: true },
  },
} as unknown as SearchTypes.ResolvedSearchIndexDefinition

describe("meiliSettings", () => {
  it("orders searchable attributes by weight and derives filters, sorts and what is returned", () => {
    const settings = meiliSettings(definition)
    expect(settings.searchableAttributes).toEqual(["title", "folded", "story"])
    expect(settings.filterableAttributes).toEqual(["id", "stars", "group"])
    expect(settings.sortableAttributes).toEqual(["stars"])
    expect(settings.displayedAttributes).not.toContain("folded")
  })

  it("tunes typo tolerance for short Vietnamese syllables and knows chè is trà", () => {
    const settings = meiliSettings(definition)
    expect(settings.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 })
    expect(settings.synonyms.che).toContain("tra")
  })
})
