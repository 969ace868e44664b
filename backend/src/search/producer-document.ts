import { foldVietnamese } from "../modules/ocop/fold"

/** What query.graph returns for one producer with its place (see producers.ts). */
export type ProducerRow = {
  id: string
  handle: string
  legal_name: string
  entity_type: string
  story_vi: string | null
  story_en: string | null
  place?: { handle: string; commune: string; province: string; historical_district: string | null } | null
}

/**
 * One producer (chủ thể OCOP) as a search document: its name with an unaccented
 * copy (which also carries the place, its former district included), its kind,
 * its place and its story in both languages.
 */
export function toProducerDocument(row: ProducerRow) {
  const place = row.place
  const placeName = place ? `${place.commune}, ${place.province}` : ""
  return {
    id: row.id,
    handle: row.handle,
    name: row.legal_name,
    folded: foldVietnamese([row.legal_name, place?.commune, place?.province, place?.historical_district].filter(Boolean).join(" ")),
    type: row.entity_type,
    place: place?.handle ?? "",
    place_name: placeName,
    description: [row.story_vi, row.story_en].filter(Boolean).join("\n"),
  }
}
