import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/** One line's need of one inventory item, while its cart is being completed. */
type Claim = { cartId: string; lineId: string; itemId: string; quantity: number }

type CartLines = {
  id: string
  completed_at: string | null
  sales_channel_id: string | null
  items: {
    id: string
    quantity: number
    variant: { manage_inventory: boolean; allow_backorder: boolean; inventory_items: { inventory_item_id: string; required_quantity: number }[] } | null
  }[]
}

/** Completions admitted and not yet answered, by cart (this process's). */
const inFlight = new Map<string, Claim[]>()
/** Admissions one at a time: each reads the stock and adds its claims before the next reads. */
let admitting: Promise<unknown> = Promise.resolve()

/**
 * Runs before Medusa completes a cart (POST /store/carts/:id/complete). When
 * many buyers complete carts at once for the last units of a product, Medusa
 * reserves stock under a lock it waits for 5 seconds at most: the buyers queued
 * behind it failed with a 500 after up to half a minute (76 of 95 losers in a
 * 100-buyer race), and the rest with a 400 whose text alone says why. So each
 * completion is admitted here first: only while the stock not yet reserved,
 * less what completions already admitted still need, covers the cart's lines.
 * Otherwise the buyer is told at once: a 409 with code "insufficient_inventory".
 * Medusa's own check still decides for those admitted (another backend process,
 * or a staff order, may take the stock meanwhile; it answers a 400 then).
 */
export async function admitCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id ?? ""
  try {
    const admission = admitting.then(() => admit(req.scope, cartId))
    admitting = admission.catch(() => undefined)
    const claims = await admission
    if (claims) {
      inFlight.set(cartId, claims)
      res.once("close", () => inFlight.get(cartId) === claims && inFlight.delete(cartId))
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** The cart's claims once admitted; null when it needs none (no stock kept, already completed or being completed, unknown cart). */
async function admit(scope: MedusaContainer, cartId: string): Promise<Claim[] | null> {
  if (inFlight.has(cartId)) return null // a second click: Medusa's cart lock makes it wait for the first
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "sales_channel_id",
      "items.id",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.*",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as CartLines | undefined
  if (!cart || cart.completed_at) return null
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  if (links.length) return null // completed: Medusa answers with its order
  const claims = (cart.items ?? []).flatMap((line) => {
    const variant = line.variant
    if (!variant?.manage_inventory || variant.allow_backorder) return []
    return variant.inventory_items.map((i) => ({ cartId, lineId: line.id, itemId: i.inventory_item_id, quantity: Number(line.quantity) * Number(i.required_quantity ?? 1) }))
  })
  if (!claims.length) return null
  const short = await shortItems(scope, cart.sales_channel_id, claims)
  if (short.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Sold out: not enough stock left for ${short.join(", ")}`, MedusaError.Codes.INSUFFICIENT_INVENTORY)
  }
  return claims
}

/** The inventory items of `claims` whose unreserved stock, less what admitted completions have not reserved yet, falls short. */
async function shortItems(scope: MedusaContainer, salesChannelId: string | null, claims: Claim[]): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = scope.resolve(Modules.INVENTORY)
  const { data: channels } = salesChannelId ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } }) : { data: [] }
  const locationIds = ((channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations ?? []).map((l) => l.id)
  const itemIds = [...new Set(claims.map((c) => c.itemId))]
  const others = [...inFlight.values()].flat().filter((c) => itemIds.includes(c.itemId))
  // An admitted completion whose reservation exists is counted in the stock already.
  const reserved = others.length ? await inventory.listReservationItems({ line_item_id: others.map((c) => c.lineId) }, { select: ["line_item_id"] }) : []
  const reservedLines = new Set(reserved.map((r) => r.line_item_id))
  const short: string[] = []
  for (const itemId of itemIds) {
    const available = Number(await inventory.retrieveAvailableQuantity(itemId, locationIds))
    const pending = others.filter((c) => c.itemId === itemId && !reservedLines.has(c.lineId)).reduce((n, c) => n + c.quantity, 0)
    const wanted = claims.filter((c) => c.itemId === itemId).reduce((n, c) => n + c.quantity, 0)
    if (available - pending < wanted) short.push(itemId)
  }
  return short
}
