import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { invalidData } from "../api/problems"
import { readBackendEnv } from "../config/env"
import { EMAIL_VERIFICATION_MODULE } from "../modules/email-verification"
import type EmailVerificationModuleService from "../modules/email-verification/service"
import { readVerificationToken, verificationToken } from "../modules/email-verification/token"
import { attachGuestOrders } from "./attach-guest-orders"

/** How long a verification link works. */
const LINK_HOURS = 24
/** A second link within this time is not sent (a double click, or someone flooding a mailbox). */
const RESEND_AFTER_MS = 60_000

const env = readBackendEnv(process.env)
const site = env.PUBLIC_SITE_URL.replace(/\/+$/, "")
const verifications = (scope: MedusaContainer) => scope.resolve(EMAIL_VERIFICATION_MODULE) as EmailVerificationModuleService

async function customerOf(scope: MedusaContainer, customerId: string) {
  return scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { select: ["id", "email"] })
}

/** The customer's e-mail and whether they proved it. */
export async function verificationState(scope: MedusaContainer, customerId: string) {
  const customer = await customerOf(scope, customerId)
  return { email: customer.email, verified: await verifications(scope).isVerified(customer.id, customer.email) }
}

/**
 * Sends the customer a link proving their e-mail, through the notification
 * module like every e-mail of the shop (in development the local provider
 * writes it to the log; the notification table keeps it).
 */
export async function sendVerificationLink(scope: MedusaContainer, customerId: string, locale: "vi" | "en") {
  const customer = await customerOf(scope, customerId)
  const service = verifications(scope)
  const [latest] = await service.listEmailVerifications({ customer_id: customer.id }, { take: 1, order: { created_at: "DESC" }, select: ["created_at"] })
  if (latest && Date.now() - new Date(latest.created_at).getTime() < RESEND_AFTER_MS) return
  const expiresAt = new Date(Date.now() + LINK_HOURS * 3600_000)
  const record = await service.createEmailVerifications({ customer_id: customer.id, email: customer.email, expires_at: expiresAt })
  const token = verificationToken(env.JWT_SECRET, record.id, expiresAt)
  await scope.resolve(Modules.NOTIFICATION).createNotifications({
    to: customer.email,
    channel: "email",
    template: "customer-email-verification",
    data: { url: `${site}${locale === "en" ? "/en" : ""}/account/verify-email?token=${encodeURIComponent(token)}`, expires_at: expiresAt.toISOString(), locale },
  })
}

export type RefusedReason = "invalid" | "expired" | "used"

const refuse = (reason: RefusedReason) =>
  invalidData(`This e-mail verification link is ${reason === "invalid" ? "not valid" : reason}: ask for a new one on your account page.`, [
    { field: "token", code: "invalid", params: { reason } },
  ])

/**
 * Uses a verification link: once, before it expires, for the e-mail it was
 * sent to. Then the guest orders with that e-mail join the account. A bad
 * link changes nothing and says why (params.reason).
 */
export async function verifyEmail(scope: MedusaContainer, token: string): Promise<{ email: string; attached: number }> {
  const reading = readVerificationToken(env.JWT_SECRET, token, new Date())
  if (!reading.ok) throw refuse(reading.reason)
  const service = verifications(scope)
  const used = await service.consumeVerification(reading.id)
  if (!used) {
    const [record] = await service.listEmailVerifications({ id: reading.id }, { take: 1 })
    throw refuse(!record ? "invalid" : record.used_at ? "used" : "expired")
  }
  const customer = await customerOf(scope, used.customer_id)
  // The account's e-mail changed since the link was sent: the link proves an address the account no longer has.
  if (customer.email.toLowerCase() !== used.email.toLowerCase()) throw refuse("invalid")
  return { email: customer.email, attached: await attachGuestOrders(scope, customer) }
}
