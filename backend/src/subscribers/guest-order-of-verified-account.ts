import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { attachGuestOrders } from "../buyer-orders/attach-guest-orders"
import { EMAIL_VERIFICATION_MODULE } from "../modules/email-verification"
import type EmailVerificationModuleService from "../modules/email-verification/service"

/**
 * A guest order placed with an e-mail whose account already proved it (the
 * buyer did not log in this time) joins that account at once; an account
 * that has not proved its e-mail gets nothing.
 */
export default async function guestOrderOfVerifiedAccount({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "email", "customer.has_account"], filters: { id: event.data.id } })
  const order = data[0] as unknown as { email: string | null; customer?: { has_account: boolean } | null } | undefined
  if (!order?.email || order.customer?.has_account) return
  const accounts = await container.resolve(Modules.CUSTOMER).listCustomers({ email: order.email, has_account: true }, { select: ["id", "email"] })
  const verifications = container.resolve(EMAIL_VERIFICATION_MODULE) as EmailVerificationModuleService
  for (const account of accounts) {
    if (await verifications.isVerified(account.id, account.email)) await attachGuestOrders(container, account)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
