import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { type ProducerRow, toProducerDocument } from "./producer-document"
import { idsAlong } from "./related-ids"

/**
 * The producers search index (chủ thể OCOP), beside the product index: the
 * search page shows the producers a query names.
 */
const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  name: search.text().searchable({ weight: 5 }),
  folded: search.text().searchable({ weight: 3 }).retrievable(false),
  type: search.keyword().filterable().facetable(true),
  place: search.keyword().filterable().facetable(true),
  place_name: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }).retrievable(false),
})

const source = {
  fields: ["id", "handle", "legal_name", "entity_type", "story_vi", "story_en", "place.*"],
  transform: (rows: ProducerRow[]) => rows.map(toProducerDocument),
}

/**
 * The OCOP module emits these itself on every write of a producer, whichever
 * code makes it (MedusaService's entity events, named module.entity.action).
 */
const PRODUCER_EVENTS = ["ocop.ocop-producer.created", "ocop.ocop-producer.updated", "ocop.ocop-producer.deleted"]
/** A renamed place renames its producers' place. */
const PLACE_UPDATED = "ocop.ocop-place.updated"

export default defineSearchIndex({
  name: "producer",
  entity: "ocop_producer",
  fields,
  events: [...PRODUCER_EVENTS, PLACE_UPDATED],
  seed: graphSeed(source),
  consume: graphConsume({
    ...source,
    resolve_ids: async (event, context) => {
      const { id } = (event.data ?? {}) as { id?: string | string[] }
      if (!id) return undefined
      return event.name === PLACE_UPDATED ? idsAlong(context, { entity: "ocop_place", path: "producers.id" }, id) : id
    },
  }),
})
