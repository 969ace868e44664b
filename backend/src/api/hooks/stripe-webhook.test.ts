import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { checkStripeWebhook } from "./stripe-webhook"

const secret = "whsec_test_secret_for_offline_tests"
const payload = JSON.stringify({ id: "evt_test_1", object: "event", type: "payment_intent.succeeded", data: { object: {} } })
const sign = (body: string, key = secret) => Stripe.webhooks.generateTestHeaderString({ payload: body, secret: key })

/** A receipt log like the module's: true the first time an id is seen. */
function receipts() {
  const seen = new Set<string>()
  return async ({ event_id }: { event_id: string }) => {
    if (seen.has(event_id)) return false
    seen.add(event_id)
    return true
  }
}

describe("Stripe webhook check", () => {
  it("lets a correctly signed event through once, and acknowledges a redelivery without processing it", async () => {
    const receiveOnce = receipts()
    const signature = sign(payload)
    expect(await checkStripeWebhook({ secret, rawBody: Buffer.from(payload), signature, receiveOnce })).toEqual({ status: "process", eventId: "evt_test_1" })
    expect(await checkStripeWebhook({ secret, rawBody: Buffer.from(payload), signature, receiveOnce })).toEqual({ status: 200, duplicate: true })
  })

  it("rejects a bad signature, a signature made with another secret, a changed body and a missing header", async () => {
    const receiveOnce = receipts()
    const check = (rawBody: string, signature: string | undefined) => checkStripeWebhook({ secret, rawBody, signature, receiveOnce })
    expect((await check(payload, "t=1,v1=deadbeef")).status).toBe(400)
    expect((await check(payload, sign(payload, "whsec_someone_else"))).status).toBe(400)
    expect((await check(payload.replace("evt_test_1", "evt_forged"), sign(payload))).status).toBe(400)
    expect((await check(payload, undefined)).status).toBe(400)
  })

  it("answers 404 when Stripe is not configured", async () => {
    expect(await checkStripeWebhook({ secret: undefined, rawBody: payload, signature: sign(payload), receiveOnce: receipts() })).toMatchObject({ status: 404 })
  })
})
