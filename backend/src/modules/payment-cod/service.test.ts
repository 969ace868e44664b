import { describe, expect, it } from "vitest"
import CodPaymentProvider from "./service"

const provider = new CodPaymentProvider({})
// What the payment module sends when a customer picks cash on delivery at checkout.
const session = { amount: 185000, currency_code: "vnd", data: { session_id: "payses_01JZ8Q4K3V5W6X7Y8Z9A0B1C2D" } }

describe("CodPaymentProvider", () => {
  it("is registered as cod and needs no options", () => {
    expect(CodPaymentProvider.identifier).toBe("cod")
    expect(provider.getIdentifier()).toBe("cod")
    expect(() => CodPaymentProvider.validateOptions({})).not.toThrow()
  })

  it("initiates a pending payment named after the session, with nothing to show", async () => {
    expect(await provider.initiatePayment(session)).toEqual({ id: session.data.session_id, data: { status: "pending" }, status: "pending" })
    expect((await provider.initiatePayment({ ...session, data: {} })).id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it("is authorized when the order is placed and captured when the courier hands the cash over", async () => {
    const { data } = await provider.initiatePayment(session)
    const authorized = await provider.authorizePayment({ data })
    expect(authorized.status).toBe("authorized")
    expect((await provider.getPaymentStatus({ data: authorized.data })).status).toBe("authorized")

    const captured = await provider.capturePayment({ data: authorized.data })
    expect((await provider.getPaymentStatus({ data: captured.data })).status).toBe("captured")
    expect((await provider.refundPayment({ data: captured.data, amount: 185000 })).data).toEqual(captured.data)
  })

  it("can be canceled before delivery, and reports it", async () => {
    const { data } = await provider.authorizePayment({ data: (await provider.initiatePayment(session)).data })
    const { data: canceled } = await provider.cancelPayment({ data })
    expect((await provider.getPaymentStatus({ data: canceled })).status).toBe("canceled")
  })

  it("keeps its data when the cart's total changes, and takes no webhooks", async () => {
    const { data } = await provider.initiatePayment(session)
    expect((await provider.updatePayment({ ...session, amount: 250000, data })).data).toEqual(data)
    expect(await provider.getWebhookActionAndData({ data: {}, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
  })
})
