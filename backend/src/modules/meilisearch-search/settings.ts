import type { SearchTypes } from "@medusajs/framework/types"

/**
 * Meilisearch index settings derived from the one index definition
 * (backend/src/search/*.ts), set in code on every index upsert, never by hand.
 */
export function meiliSettings(definition: SearchTypes.ResolvedSearchIndexDefinition) {
  const fields = Object.entries(definition.fields)
  const weight = (f: SearchTypes.SearchFieldDefinition) => (typeof f.searchable === "object" ? (f.searchable.weight ?? 1) : 1)
  return {
    // Meilisearch ranks attributes by their order: heaviest first.
    searchableAttributes: fields
      .filter(([, f]) => f.searchable)
      .sort(([, a], [, b]) => weight(b) - weight(a))
      .map(([name]) => name),
    filterableAttributes: fields.filter(([, f]) => f.filterable || f.facetable).map(([name]) => name),
    sortableAttributes: fields.filter(([, f]) => f.sortable).map(([name]) => name),
    displayedAttributes: fields.filter(([, f]) => f.retrievable !== false).map(([name]) => name),
    // Vietnamese words are short syllables: allow one typo from 4 letters
    // ("mieen" → "mien"), two from 8, none on codes and handles.
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: fields.filter(([, f]) => f.type === "keyword").map(([name]) => name),
    },
    // Vietnamese calls tea both chè and trà; people type either.
    synonyms: { che: ["tra"], tra: ["che"], chè: ["trà"], trà: ["chè"] },
  }
}
