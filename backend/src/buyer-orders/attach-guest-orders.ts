import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ChangeActionType, ContainerRegistrationKeys, OrderChangeStatus } from "@medusajs/framework/utils"
import { acceptOrderTransferWorkflow, requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"

type GuestOrder = { id: string; email: string | null; status: string; customer_id: string | null; customer?: { has_account: boolean } | null }

/** A pattern matching `email` exactly, whatever its case: ILIKE's own wildcards escaped. */
const exactly = (email: string) => email.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * Moves the guest orders placed with a proved e-mail into the customer's
 * account, through Medusa's own order transfer (request, then accept with
 * the request's token: the proof of the e-mail stands for the buyer's
 * acceptance). Orders of other accounts and cancelled ones (Medusa refuses to
 * transfer those) stay where they are. Returns how many joined.
 */
export async function attachGuestOrders(scope: MedusaContainer, customer: { id: string; email: string }): Promise<number> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const logger: Logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "status", "customer_id", "customer.has_account"],
    filters: { email: { $ilike: exactly(customer.email) }, is_draft_order: false },
  })
  const guests = (data as unknown as GuestOrder[]).filter(
    (o) => o.email?.toLowerCase() === customer.email.toLowerCase() && o.customer_id !== customer.id && !o.customer?.has_account && o.status !== "canceled",
  )
  let attached = 0
  for (const order of guests) {
    try {
      await requestOrderTransferWorkflow(scope).run({
        input: { order_id: order.id, customer_id: customer.id, logged_in_user: customer.id, description: "The buyer proved the order's e-mail." },
      })
      const { data: changes } = await query.graph({
        entity: "order_change",
        fields: ["id", "actions.action", "actions.details"],
        filters: { order_id: order.id, status: OrderChangeStatus.REQUESTED, change_type: "transfer" },
      })
      const actions = (changes as unknown as { actions?: { action: string; details: { token?: string } | null }[] }[]).flatMap((c) => c.actions ?? [])
      const token = actions.find((a) => a.action === ChangeActionType.TRANSFER_CUSTOMER)?.details?.token ?? ""
      await acceptOrderTransferWorkflow(scope).run({ input: { order_id: order.id, token } })
      attached += 1
    } catch (error) {
      // One order Medusa will not move (an order change already open on it) must not keep the others out.
      logger.warn(`Guest order ${order.id} did not join customer ${customer.id}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return attached
}
