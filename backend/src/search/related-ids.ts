import type { SearchTypes } from "@medusajs/framework/types"
import { readDocumentPath } from "@medusajs/framework/utils"

/** Where an event's record leads to the documents it changes: an entity, and a path from it to their ids. */
export type Related = { entity: string; path: string }

/**
 * The ids of the documents the given records lead to, soft-deleted records
 * included (a deleted stock level or reservation still names its product).
 */
export async function idsAlong(context: SearchTypes.SearchIngestionContext, related: Related, id: string | string[]): Promise<string[]> {
  const { data } = await context.container.query.graph({ entity: related.entity, fields: [related.path], filters: { id }, withDeleted: true })
  return [...new Set(readDocumentPath(data, related.path.split(".")).map(String))]
}
