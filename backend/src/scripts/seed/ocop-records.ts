import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { expiryFor, vietnamDate } from "@ocop/core"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { ISSUERS_EN } from "./ocop-catalogue"
import type { SeedPlace, SeedProducer, SeedProduct } from "./ocop-types"

type Container = ExecArgs["container"]
const day = vietnamDate

/**
 * Writes places, producers and each product's OCOP record with its
 * certificates (renewals chained, the revoked one stamped), skipping what
 * exists. `productIds` maps handles to Medusa product ids.
 */
export async function seedOcopRecords(
  container: Container,
  data: { places: SeedPlace[]; producers: SeedProducer[]; products: SeedProduct[] },
  productIds: Map<string, string>,
): Promise<void> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const placeIds = new Map((await ocop.listOcopPlaces({}, { take: null })).map((p) => [p.handle, p.id] as const))
  const newPlaces = data.places.filter((p) => !placeIds.has(p.handle))
  for (const p of newPlaces.length ? await ocop.createOcopPlaces(newPlaces) : []) placeIds.set(p.handle, p.id)

  const producerIds = new Map((await ocop.listOcopProducers({}, { take: null })).map((p) => [p.handle, p.id] as const))
  const newProducers = data.producers.filter((p) => !producerIds.has(p.handle))
  const created = newProducers.length ? await ocop.createOcopProducers(newProducers.map(({ place, ...p }) => ({ ...p, place_id: must(placeIds, place) }))) : []
  for (const p of created) producerIds.set(p.handle, p.id)

  const { data: linked } = await query.graph({ entity: "product", fields: ["handle", "ocop_product.id"], filters: { id: [...productIds.values()] } })
  const hasRecord = new Set((linked as unknown as { handle: string; ocop_product?: { id: string } | null }[]).filter((p) => p.ocop_product).map((p) => p.handle))

  for (const product of data.products.filter((p) => !hasRecord.has(p.handle))) {
    const record = await ocop.createOcopProducts({
      product_set: product.product_set,
      title_en: product.title_en,
      description_en: product.description_en,
      story_vi: product.story_vi,
      story_en: product.story_en,
      variant_titles_en: Object.fromEntries(product.variants.flatMap((v) => (v.title_en ? [[v.title, v.title_en]] : []))),
      producer_id: must(producerIds, product.producer),
      place_id: must(placeIds, product.place),
    })
    await link.create({
      [Modules.PRODUCT]: { product_id: must(productIds, product.handle) },
      [OCOP_MODULE]: { ocop_product_id: record.id },
    })
    let previous: string | undefined
    for (const cert of product.certificates) {
      const { revoked, ...fields } = cert
      const decision = day(cert.decision_date)
      const saved = await ocop.createOcopCertificates({
        ...fields,
        issuer_en: ISSUERS_EN[cert.issuer] ?? null,
        decision_date: decision,
        expires_at: expiryFor(decision),
        revoked_at: revoked ? day(revoked.date) : null,
        revoked_reason: revoked?.reason ?? null,
        ocop_product_id: record.id,
      })
      if (previous) await ocop.updateOcopCertificates({ id: previous, replaced_by_id: saved.id })
      previous = saved.id
    }
  }
}

function must(ids: Map<string, string>, handle: string): string {
  const id = ids.get(handle)
  if (!id) throw new Error(`Seed data names "${handle}", which it does not define.`)
  return id
}
