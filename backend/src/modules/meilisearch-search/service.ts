import type { SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { toMeiliFilter } from "./filters"
import { type RangeFacetRequest, rangeCountQueries, rangeFacets } from "./range-facets"
import { meiliSettings } from "./settings"

type Options = { host?: string; apiKey?: string }
// The official client is ESM-only; the backend compiles to CommonJS, so it is
// loaded with a dynamic import.
type Client = InstanceType<typeof import("meilisearch", { with: { "resolution-mode": "import" }})["Meilisearch"]>
type Task = { status: string; error?: { message: string; code: string } | null }

const done = (index: string, task: Task): SearchTypes.SearchTask => ({
  index,
  status: task.status === "succeeded" ? "succeeded" : "failed",
  ...(task.error ? { error: { message: task.error.message, code: task.error.code } } : {}),
})

/**
 * Search provider on Meilisearch (official `meilisearch` client), used instead
 * of Postgres when MEILISEARCH_HOST is set. Each write waits for its task, so a
 * failure is reported where it happens.
 */
export default class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = "meilisearch"
  private readonly client: Promise<Client>

  constructor(_container: unknown, options: Options) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Meilisearch search provider needs a host: set MEILISEARCH_HOST.")
    }
    this.client = import("meilisearch").then(({ Meilisearch }) => new Meilisearch({ host: options.host ?? "", apiKey: options.apiKey }))
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    const client = await this.client
    const uid = index.physical_name
    const existing = await client.getIndex(uid).catch(() => null)
    if (!existing) await client.createIndex(uid, { primaryKey: index.primary_key }).waitTask()
    return done(uid, await client.index(uid).updateSettings(meiliSettings(index)).waitTask())
  }

  override async deleteIndex({ index }: { index: string }) {
    return done(index, await (await this.client).deleteIndex(index).waitTask())
  }

  override async listIndexes() {
    const client = await this.client
    const { results } = await client.getIndexes({ limit: 1000 })
    return Promise.all(
      results.map(async (i) => ({
        name: i.uid,
        provider: MeilisearchSearchProvider.identifier,
        document_count: (await client.index(i.uid).getStats()).numberOfDocuments,
      })),
    )
  }

  override async upsertDocuments(input: { index: string; documents: SearchTypes.SearchDocument[] }) {
    const client = await this.client
    return done(input.index, await client.index(input.index).addDocuments(input.documents).waitTask())
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput) {
    const client = await this.client
    return done(
      index,
      await client
        .index(index)
        .deleteDocuments({ filter: toMeiliFilter(filters) })
        .waitTask(),
    )
  }

  override async clearIndex({ index }: { index: string }) {
    return done(index, await (await this.client).index(index).deleteAllDocuments().waitTask())
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const client = await this.client
    const { filters = {}, pagination = {}, search_options: options = {} } = input
    const requests = (options.facets ?? []).map((f) => (typeof f === "string" ? { field: f } : f))
    const ranged = requests.filter((f): f is RangeFacetRequest => f.type === "range")
    const facetFields = requests.filter((f) => f.type !== "range").map((f) => f.field)
    const skip = pagination.skip ?? 0
    const take = pagination.take ?? 20
    const sort = Object.entries(pagination.order ?? {})
      .filter(([field]) => field !== "_score")
      .map(([field, direction]) => `${field}:${direction.toLowerCase()}`)
    const base = {
      q: input.q ?? "",
      filter: toMeiliFilter(filters) || undefined,
      matchingStrategy: options.match_strategy === "any" ? ("last" as const) : ("all" as const),
    }
    const [response, counted] = await Promise.all([
      client.index(input.index.physical_name).search(base.q, {
        ...base,
        offset: skip,
        limit: take,
        sort: sort.length ? sort : undefined,
        facets: facetFields.length ? facetFields : undefined,
        attributesToRetrieve: input.attributes_to_retrieve.length ? input.attributes_to_retrieve : undefined,
      }),
      ranged.length ? client.multiSearch({ queries: rangeCountQueries({ indexUid: input.index.physical_name, ...base }, ranged) }) : { results: [] },
    ])
    const facets: Record<string, SearchTypes.SearchFacetResult> = rangeFacets(
      ranged,
      counted.results.map((r) => r.totalHits ?? 0),
    )
    // Meilisearch answers both counts and stats for a numeric facet: keep the kind asked for.
    for (const { field, type } of requests.filter((f) => f.type !== "range")) {
      const stats = response.facetStats?.[field]
      facets[field] =
        type === "stats"
          ? { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: response.estimatedTotalHits ?? 0 }
          : { type: "value", values: Object.entries(response.facetDistribution?.[field] ?? {}).map(([value, count]) => ({ value, count })) }
    }
    const key = input.index.primary_key
    return {
      hits: response.hits.map((doc) => ({ id: String(doc[key]), document: doc })),
      facets,
      metadata: { skip, take, count: response.estimatedTotalHits ?? null, processing_time_ms: response.processingTimeMs },
    }
  }
}
