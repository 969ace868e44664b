/** A variant with its stock, as query.graph returns it (see products.ts). */
export type VariantStock = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?:
    | {
        required_quantity?: number | string | null
        inventory?: {
          location_levels?: { stocked_quantity?: number | string | null; reserved_quantity?: number | string | null }[] | null
        } | null
      }[]
    | null
}

/**
 * Whether one unit of a variant can be bought now: Medusa does not count its
 * stock (manage_inventory off), it may be back-ordered, or each inventory item
 * it is made of has enough unreserved units (stocked minus reserved) for it.
 * A counted variant with no inventory item cannot be sold, as in Medusa's cart.
 */
export function variantAvailable(variant: VariantStock): boolean {
  if (variant.manage_inventory === false || variant.allow_backorder) return true
  const items = variant.inventory_items ?? []
  if (items.length === 0) return false
  return items.every((item) => {
    // TODO: count only the locations that serve the product's sales channel once
    // there is more than one; today one warehouse serves the one channel.
    const free = (item.inventory?.location_levels ?? []).reduce((sum, level) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0), 0)
    return free >= Number(item.required_quantity ?? 1)
  })
}

/** A product is in stock when any of its variants can be bought. */
export function productInStock(variants: VariantStock[]): boolean {
  return variants.some(variantAvailable)
}
