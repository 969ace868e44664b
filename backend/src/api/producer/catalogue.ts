import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { type PortalProduct, type PortalVariant, type ProducerProductUpdateResponse, productSetProblems } from "@ocop/core"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../modules/producer-accounts/service"
import { upsertOcopProductWorkflow } from "../../workflows/ocop-products/upsert-ocop-product"
import { ownProductIds, type ProducerActor } from "./guard"
import type { NewProducerProductBody, ProducerProductBody } from "./validators"

/**
 * A producer's products as the portal edits them (PortalProduct, @ocop/core):
 * texts, story, prices and stock at the provincial warehouse. Certified
 * attributes (title, product set) are not changed here: they go to the trade
 * department's review queue.
 */

type RawProduct = {
  id: string
  handle: string
  title: string
  status: string
  description: string | null
  thumbnail: string | null
  ocop_product?: PortalProduct["ocop"]
  variants?: {
    id: string
    title: string
    sku: string | null
    manage_inventory: boolean
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: { inventory_item_id: string; inventory?: { location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[] } }[]
  }[]
}

const FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "description",
  "thumbnail",
  "ocop_product.id",
  "ocop_product.product_set",
  "ocop_product.title_en",
  "ocop_product.description_en",
  "ocop_product.story_vi",
  "ocop_product.story_en",
  "ocop_product.variant_titles_en",
  "ocop_product.place_id",
  "ocop_product.producer_id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

function reshape(raw: RawProduct): PortalProduct {
  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    status: raw.status,
    description: raw.description,
    thumbnail: raw.thumbnail,
    ocop: raw.ocop_product ?? null,
    // A stable order (Medusa lists variants in no fixed one), so forms keep their fields in place.
    variants: [...(raw.variants ?? [])]
      .sort((a, b) => a.title.localeCompare(b.title, "vi", { numeric: true }))
      .map((v) => {
        const item = v.inventory_items?.[0]
        const level = item?.inventory?.location_levels?.[0]
        return {
          id: v.id,
          title: v.title,
          title_en: raw.ocop_product?.variant_titles_en?.[v.title] ?? null,
          sku: v.sku,
          price_vnd: v.prices?.find((p) => p.currency_code === "vnd")?.amount ?? null,
          stock: v.manage_inventory && level ? Number(level.stocked_quantity) : null,
          reserved: v.manage_inventory && level ? Number(level.reserved_quantity) : null,
          inventory_item_id: item?.inventory_item_id ?? null,
          location_id: level?.location_id ?? null,
        }
      }),
  }
}

export async function portalProducts(scope: MedusaContainer, producerId: string, only?: string): Promise<PortalProduct[]> {
  const ids = await ownProductIds(scope, producerId)
  const wanted = only ? ids.filter((id) => id === only) : ids
  if (!wanted.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: wanted } })
  return (data as unknown as RawProduct[]).map(reshape).sort((a, b) => a.title.localeCompare(b.title, "vi"))
}

async function review(
  scope: MedusaContainer,
  actor: ProducerActor,
  kind: "new_product" | "product_title" | "product_set" | "producer_name",
  values: { product_id?: string; current?: string | null; proposed: string },
) {
  const accounts: ProducerAccountsModuleService = scope.resolve(PRODUCER_ACCOUNTS_MODULE)
  const open = await accounts.listProducerReviews({ producer_id: actor.producerId, kind, product_id: values.product_id ?? null, status: "open" })
  if (open.length) await accounts.updateProducerReviews(open.map((r) => ({ id: r.id, status: "rejected" as const, reason: "replaced by a newer request", decided_at: new Date() })))
  return await accounts.createProducerReviews({
    producer_id: actor.producerId,
    producer_user_id: actor.userId,
    kind,
    product_id: values.product_id ?? null,
    current_value: values.current ?? null,
    proposed_value: values.proposed,
  })
}

/** Applies a producer's edit; returns what went live and what waits for review. */
export async function updatePortalProduct(
  scope: MedusaContainer,
  actor: ProducerActor,
  product: PortalProduct,
  body: ProducerProductBody,
): Promise<Pick<ProducerProductUpdateResponse, "pending_review">> {
  const problems: string[] = []
  const variants = new Map(product.variants.map((v) => [v.id, v]))
  for (const change of body.variants ?? []) {
    const variant = variants.get(change.id)
    if (!variant) problems.push(`variants: ${change.id} is not a variant of this product`)
    else if (change.stock !== undefined && variant.reserved !== null && change.stock < variant.reserved) {
      problems.push(`variants: ${variant.title} has ${variant.reserved} units reserved by orders, so stock cannot go below that`)
    } else if (change.stock !== undefined && variant.stock === null) problems.push(`variants: ${variant.title} does not track stock`)
  }
  if (body.product_set) problems.push(...productSetProblems(body.product_set).map((p) => `product_set: ${p}`))
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.join("; ")}`)

  const pending: ProducerProductUpdateResponse["pending_review"] = []
  if (body.title !== undefined && body.title !== product.title) {
    await review(scope, actor, "product_title", { product_id: product.id, current: product.title, proposed: body.title })
    pending.push("title")
  }
  if (body.product_set !== undefined && body.product_set !== product.ocop?.product_set) {
    await review(scope, actor, "product_set", { product_id: product.id, current: product.ocop?.product_set, proposed: body.product_set })
    pending.push("product_set")
  }
  if (body.description !== undefined) {
    await updateProductsWorkflow(scope).run({ input: { selector: { id: product.id }, update: { description: body.description } } })
  }
  const ocopTexts = {
    title_en: body.title_en,
    description_en: body.description_en,
    story_vi: body.story_vi,
    story_en: body.story_en,
    variant_titles_en: variantTitlesEn(product, body),
  }
  if (product.ocop && Object.values(ocopTexts).some((v) => v !== undefined)) {
    const { id: _id, ...current } = product.ocop
    const merged = Object.fromEntries(Object.entries(ocopTexts).filter(([, v]) => v !== undefined))
    await upsertOcopProductWorkflow(scope).run({ input: { product_id: product.id, fields: { ...current, ...merged } } })
  }
  for (const change of body.variants ?? []) {
    const variant = variants.get(change.id) as PortalVariant
    if (change.price_vnd !== undefined) {
      await updateProductVariantsWorkflow(scope).run({
        input: { selector: { id: variant.id }, update: { prices: [{ amount: change.price_vnd, currency_code: "vnd" }] } },
      })
    }
    if (change.stock !== undefined && variant.inventory_item_id && variant.location_id) {
      await updateInventoryLevelsWorkflow(scope).run({
        input: { updates: [{ inventory_item_id: variant.inventory_item_id, location_id: variant.location_id, stocked_quantity: change.stock }] },
      })
    }
  }
  return { pending_review: pending }
}

/** A new product: a draft, published only when the trade department approves it. */
export async function createPortalProduct(scope: MedusaContainer, actor: ProducerActor, body: NewProducerProductBody) {
  const problems = productSetProblems(body.product_set).map((p) => `product_set: ${p}`)
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problems.join("; ")}`)
  const ocop: OcopModuleService = scope.resolve(OCOP_MODULE)
  const [producer] = await ocop.listOcopProducers({ id: actor.producerId }, { select: ["id", "place_id", "handle"] })
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id", "default_location_id"] })
  const [profile] = await scope.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const handle = `${producer?.handle ?? "san-pham"}-${Date.now().toString(36)}`
  const { result } = await createProductsWorkflow(scope).run({
    input: {
      products: [
        {
          title: body.title,
          handle,
          description: body.description,
          status: ProductStatus.DRAFT,
          shipping_profile_id: profile?.id,
          options: [{ title: "Loại", values: [body.variant_title] }],
          variants: [{ title: body.variant_title, manage_inventory: true, options: { Loại: body.variant_title }, prices: [{ amount: body.price_vnd, currency_code: "vnd" }] }],
          sales_channels: store?.default_sales_channel_id ? [{ id: store.default_sales_channel_id }] : [],
        },
      ],
    },
  })
  const product = result[0]
  if (!product) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The product could not be created.")
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { product_id: product.id } })
  const itemId = (data[0] as unknown as { inventory_items?: { inventory_item_id: string }[] })?.inventory_items?.[0]?.inventory_item_id
  if (itemId && store?.default_location_id) {
    await createInventoryLevelsWorkflow(scope).run({
      input: { inventory_levels: [{ inventory_item_id: itemId, location_id: store.default_location_id, stocked_quantity: body.stock }] },
    })
  }
  await upsertOcopProductWorkflow(scope).run({
    input: { product_id: product.id, fields: { product_set: body.product_set, producer_id: actor.producerId, place_id: producer?.place_id as string } },
  })
  await review(scope, actor, "new_product", { product_id: product.id, proposed: body.title })
  return product.id
}

/** The product's English variant titles with the form's changes ("" removes one); undefined when the form names none. */
function variantTitlesEn(product: PortalProduct, body: ProducerProductBody): Record<string, string> | undefined {
  const changes = (body.variants ?? []).filter((c) => c.title_en !== undefined)
  if (!changes.length) return undefined
  const titles: Record<string, string> = { ...(product.ocop?.variant_titles_en ?? {}) }
  for (const change of changes) {
    const variant = product.variants.find((v) => v.id === change.id)
    if (!variant) continue
    if (change.title_en) titles[variant.title] = change.title_en
    else delete titles[variant.title]
  }
  return titles
}
