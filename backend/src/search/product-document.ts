import { carriesOcopMark, certificateStatus, findProductSet, groupOfSet } from "@ocop/core"
import { foldVietnamese } from "../modules/ocop/fold"
import { productInStock, type VariantStock } from "./availability"

/** What query.graph returns for one product with its OCOP record (see products.ts). */
export type ProductRow = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  status: string
  created_at: string | Date
  sales_channels?: { id: string }[] | null
  variants?: (VariantStock & { prices?: { amount: number | string; currency_code: string }[] | null })[] | null
  ocop_product?: {
    product_set: string
    title_en: string | null
    description_en: string | null
    story_vi: string | null
    story_en: string | null
    producer?: { handle: string; legal_name: string; entity_type: string } | null
    place?: { handle: string; commune: string; province: string; historical_district: string | null } | null
    certificates?: { stars: number; decision_date: string | Date; expires_at: string | Date; revoked_at: string | Date | null; replaced_by_id: string | null }[] | null
  } | null
}

/**
 * One product as a search document: names and texts to match (with an
 * unaccented copy, so typo matching works on text typed without diacritics),
 * and the facets the catalogue filters on, stock included. Only published OCOP
 * products are indexed.
 */
export function toProductDocument(row: ProductRow, now: Date = new Date()) {
  const ocop = row.ocop_product
  if (row.status !== "published" || !ocop) return undefined
  const set = findProductSet(ocop.product_set)
  const group = groupOfSet(ocop.product_set)
  const current = [...(ocop.certificates ?? [])].filter((c) => !c.replaced_by_id).sort((a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime())[0]
  const status = current ? certificateStatus(current, now) : "none"
  const stars = current && status !== "none" && carriesOcopMark(status) ? current.stars : 0
  const prices = (row.variants ?? [])
    .flatMap((v) => v.prices ?? [])
    .filter((p) => p.currency_code === "vnd")
    .map((p) => Number(p.amount))
  const place = ocop.place ? `${ocop.place.commune} ${ocop.place.province} ${ocop.place.historical_district ?? ""}` : ""
  const names = [row.title, ocop.title_en ?? "", ocop.producer?.legal_name ?? "", place, set?.name.vi ?? "", set?.name.en ?? ""].join(" ")
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    title_en: ocop.title_en ?? row.title,
    thumbnail: row.thumbnail ?? "",
    status: row.status,
    sales_channel_ids: (row.sales_channels ?? []).map((c) => c.id),
    producer_name: ocop.producer?.legal_name ?? "",
    place_name: place.trim(),
    set_name: `${set?.name.vi ?? ""} ${set?.name.en ?? ""}`.trim(),
    story: [row.description, ocop.description_en, ocop.story_vi, ocop.story_en].filter(Boolean).join("\n"),
    folded: foldVietnamese(names),
    group: group?.code ?? "",
    product_set: ocop.product_set,
    place: ocop.place?.handle ?? "",
    producer_type: ocop.producer?.entity_type ?? "",
    stars,
    certificate_status: status,
    // Left out without a VND price: such a product sorts last and falls in no price band.
    ...(prices.length > 0 && { price_min: Math.min(...prices) }),
    in_stock: productInStock(row.variants ?? []),
    created_at: new Date(row.created_at).toISOString(),
  }
}
