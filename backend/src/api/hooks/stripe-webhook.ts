import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"
import { readBackendEnv } from "../../config/env"
import { WEBHOOK_RECEIPTS_MODULE } from "../../modules/webhook-receipts"
import type WebhookReceiptsModuleService from "../../modules/webhook-receipts/service"

export type WebhookVerdict = { status: 404; message: string } | { status: 400; message: string } | { status: 200; duplicate: true } | { status: "process"; eventId: string }

/**
 * Checks a Stripe webhook before Medusa queues it: the signature must verify
 * against STRIPE_WEBHOOK_SECRET (Medusa's own route answers 200 first and
 * verifies later), and an event id seen before is acknowledged but not
 * processed again.
 */
export async function checkStripeWebhook(input: {
  secret: string | undefined
  rawBody: Buffer | string | undefined
  signature: string | undefined
  receiveOnce: (event: { event_id: string; event_type: string }) => Promise<boolean>
}): Promise<WebhookVerdict> {
  if (!input.secret) return { status: 404, message: "Stripe is not configured on this platform." }
  let event: Stripe.Event
  try {
    event = Stripe.webhooks.constructEvent(input.rawBody ?? "", input.signature ?? "", input.secret)
  } catch (error) {
    return { status: 400, message: `Webhook signature verification failed: ${(error as Error).message}` }
  }
  const first = await input.receiveOnce({ event_id: event.id, event_type: event.type })
  return first ? { status: "process", eventId: event.id } : { status: 200, duplicate: true }
}

/** Middleware on POST /hooks/payment/stripe_stripe. */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const env = readBackendEnv(process.env)
  const receipts: WebhookReceiptsModuleService = req.scope.resolve(WEBHOOK_RECEIPTS_MODULE)
  const signature = req.headers["stripe-signature"]
  const verdict = await checkStripeWebhook({
    secret: env.STRIPE_API_KEY ? env.STRIPE_WEBHOOK_SECRET : undefined,
    rawBody: (req as unknown as { rawBody?: Buffer }).rawBody,
    signature: Array.isArray(signature) ? signature[0] : signature,
    receiveOnce: (event) => receipts.receiveOnce({ provider: "stripe", ...event }),
  })
  if (verdict.status === "process") return next()
  if (verdict.status === 200) return res.status(200).json({ received: true, duplicate: true })
  res.status(verdict.status).json({ message: verdict.message })
}
