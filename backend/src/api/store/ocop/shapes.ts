import type { InferTypeOf } from "@medusajs/framework/types"
import type { StoreCertificate, StoreOcopProduct, StorePlace, StoreProducer } from "@ocop/core"
import type { Certificate } from "../../../modules/ocop/models/certificate"
import type { OcopProduct } from "../../../modules/ocop/models/ocop-product"
import type { Place } from "../../../modules/ocop/models/place"
import type { Producer } from "../../../modules/ocop/models/producer"
import { iso, isoOrNull } from "../contract"

/**
 * The OCOP records as query.graph reads them (the models' own types) and as the
 * Store API answers them (the shared types): only public fields leave, dates as
 * ISO text.
 */
type Scalars<T> = { [K in keyof T as T[K] extends object | null | undefined ? (T[K] extends Date | null | undefined ? K : never) : K]: T[K] }
export type PlaceRow = Scalars<InferTypeOf<typeof Place>>
export type ProducerRow = Scalars<InferTypeOf<typeof Producer>> & { place?: PlaceRow | null }
export type CertificateRow = Scalars<InferTypeOf<typeof Certificate>>
export type OcopProductRow = Scalars<InferTypeOf<typeof OcopProduct>> & {
  variant_titles_en?: unknown
  producer?: ProducerRow | null
  place?: PlaceRow | null
  certificates?: CertificateRow[] | null
}

export function storePlace(row: PlaceRow): StorePlace {
  return { id: row.id, handle: row.handle, commune: row.commune, province: row.province, historical_district: row.historical_district }
}

export function storeProducer(row: ProducerRow): StoreProducer {
  return {
    id: row.id,
    handle: row.handle,
    legal_name: row.legal_name,
    legal_name_en: row.legal_name_en,
    entity_type: row.entity_type,
    women_led: row.women_led,
    ethnic_minority_led: row.ethnic_minority_led,
    circular_green: row.circular_green,
    modern_channels: row.modern_channels,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    story_vi: row.story_vi,
    story_en: row.story_en,
    place: row.place ? storePlace(row.place) : null,
  }
}

export function storeCertificate(row: CertificateRow): StoreCertificate {
  return {
    id: row.id,
    stars: row.stars,
    score: row.score,
    decision_number: row.decision_number,
    decision_date: iso(row.decision_date),
    issuer: row.issuer,
    issuer_en: row.issuer_en,
    issuer_level: row.issuer_level,
    criteria_set: row.criteria_set,
    expires_at: iso(row.expires_at),
    revoked_at: isoOrNull(row.revoked_at),
    revoked_reason: row.revoked_reason,
    replaced_by_id: row.replaced_by_id,
  }
}

/** A published product's OCOP record, named by its product's id and handle. */
export function storeOcopProduct(product: { id: string; handle: string }, row: OcopProductRow): StoreOcopProduct {
  return {
    product_id: product.id,
    handle: product.handle,
    id: row.id,
    product_set: row.product_set,
    title_en: row.title_en,
    description_en: row.description_en,
    story_vi: row.story_vi,
    story_en: row.story_en,
    variant_titles_en: englishTitles(row.variant_titles_en),
    producer: row.producer ? storeProducer(row.producer) : null,
    place: row.place ? storePlace(row.place) : null,
    certificates: (row.certificates ?? []).map(storeCertificate),
  }
}

/** The variant titles' JSON as text by text, whatever else a row may hold. */
function englishTitles(json: unknown): Record<string, string> {
  if (!json || typeof json !== "object") return {}
  return Object.fromEntries(Object.entries(json).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== ""))
}
