import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Which booked places count against a date. A cart's places count while it is
 * being completed (for 15 minutes at most: a completion that died half-way,
 * with no one to undo it, gives them back then), and once it is an order,
 * for as long as that order is not cancelled. Joined with Medusa's order_cart
 * link and order table in SQL, as the sum has to be read under the lock.
 */
const COUNTING = `
  from booked_place b
  left join order_cart oc on oc.cart_id = b.cart_id and oc.deleted_at is null
  left join "order" o on o.id = oc.order_id
  where b.deleted_at is null and b.product_id = ?
    and ((o.id is null and b.created_at > now() - interval '15 minutes') or (o.deleted_at is null and o.status <> 'canceled'))`

/** Places of `productId` taken on `date` by carts other than `exceptCart`. */
export async function bookedOn(scope: MedusaContainer, productId: string, date: string, exceptCart = ""): Promise<number> {
  const { rows } = await scope
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`select coalesce(sum(b.places), 0)::int as booked ${COUNTING} and b.visit_date = ? and b.cart_id <> ?`, [productId, date, exceptCart])
  return Number(rows[0]?.booked ?? 0)
}

/** Places of `productId` taken per date, from `from` (YYYY-MM-DD) on, dates with none left out. */
export async function bookedDays(scope: MedusaContainer, productId: string, from: string): Promise<{ date: string; booked: number }[]> {
  const { rows } = await scope
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`select b.visit_date as date, sum(b.places)::int as booked ${COUNTING} and b.visit_date >= ? group by b.visit_date order by b.visit_date limit 400`, [productId, from])
  return (rows as { date: string; booked: number }[]).map((r) => ({ date: r.date, booked: Number(r.booked) }))
}
