import { parse } from "promptparse"
import { describe, expect, it } from "vitest"
import VietQrPaymentProvider, { type VietQrOptions } from "./service"

const options: VietQrOptions = { bankBin: "970436", accountNumber: "0011004123456", accountName: "HTX CHE TAN CUONG", bankName: "Vietcombank" }
const provider = new VietQrPaymentProvider({}, options)
// What the payment module sends when a customer picks VietQR at checkout.
const session = {
  amount: 185000,
  currency_code: "vnd",
  data: { session_id: "payses_01JZ8Q4K3V5W6X7Y8Z9A0B1C2D" },
  context: { idempotency_key: "payses_01JZ8Q4K3V5W6X7Y8Z9A0B1C2D" },
}

describe("VietQrPaymentProvider", () => {
  it("is registered as vietqr", () => {
    expect(VietQrPaymentProvider.identifier).toBe("vietqr")
    expect(provider.getIdentifier()).toBe("vietqr")
  })

  it("refuses wrong options, naming each one", () => {
    expect(() => VietQrPaymentProvider.validateOptions({ bankBin: "9704", accountNumber: "0011004123456", accountName: " " })).toThrow(
      /bankBin "9704" must be .*; accountName must be .*; bankName must be .*medusa-config/,
    )
    expect(() => new VietQrPaymentProvider({}, { ...options, accountNumber: "001 100" })).toThrow("accountNumber")
    expect(() => VietQrPaymentProvider.validateOptions(options)).not.toThrow()
  })

  it("initiates a pending payment whose QR carries the account, the amount and a reference", async () => {
    const { id, data, status } = await provider.initiatePayment(session)
    expect(status).toBe("pending")
    expect(id).toMatch(/^OCOP[0-9A-Z]{8}$/)
    expect(data).toEqual({
      payload: expect.any(String),
      bank_bin: "970436",
      bank_name: "Vietcombank",
      account_number: "0011004123456",
      account_name: "HTX CHE TAN CUONG",
      amount: 185000,
      reference: id,
      status: "pending",
    })
    const qr = parse(String(data?.payload), true)
    expect(qr?.getTagValue("54")).toBe("185000")
    expect(qr?.getTagValue("62", "08")).toBe(id)
  })

  it("gives the same session the same reference", async () => {
    const first = await provider.initiatePayment(session)
    const again = await provider.initiatePayment({ ...session, data: { ...session.data, note: "retried" } })
    expect(again.id).toBe(first.id)
  })

  it("converts Medusa's amounts to whole đồng", async () => {
    const raw = await provider.initiatePayment({ ...session, amount: { value: "199999.5", precision: 20 } })
    expect(raw.data?.amount).toBe(200000)
    await expect(provider.initiatePayment({ ...session, currency_code: "eur" })).rejects.toThrow("VND only")
  })

  it("makes a new QR for a new amount, keeping the reference", async () => {
    const { data } = await provider.initiatePayment(session)
    const updated = await provider.updatePayment({ amount: "250000", currency_code: "vnd", data })
    expect(updated.data?.reference).toBe(data?.reference)
    expect(updated.data?.amount).toBe(250000)
    expect(updated.data?.payload).not.toBe(data?.payload)
    expect(parse(String(updated.data?.payload), true)?.getTagValue("54")).toBe("250000")
  })

  it("is authorized when the order is placed and captured when the money is seen", async () => {
    const { data } = await provider.initiatePayment(session)
    const authorized = await provider.authorizePayment({ data })
    expect(authorized.status).toBe("authorized")
    expect(await provider.getPaymentStatus({ data: authorized.data })).toMatchObject({ status: "authorized" })

    const captured = await provider.capturePayment({ data: authorized.data })
    expect(captured.data).toMatchObject({ status: "captured", reference: data?.reference, amount: 185000 })
    expect((await provider.getPaymentStatus({ data: captured.data })).status).toBe("captured")

    const refunded = await provider.refundPayment({ data: captured.data, amount: 50000 })
    expect(refunded.data).toEqual(captured.data)
  })

  it("can be canceled, and reports it", async () => {
    const { data } = await provider.initiatePayment(session)
    const { data: canceled } = await provider.cancelPayment({ data: (await provider.authorizePayment({ data })).data })
    expect((await provider.getPaymentStatus({ data: canceled })).status).toBe("canceled")
  })

  it("reads an unknown status as pending, and takes no webhooks", async () => {
    expect((await provider.getPaymentStatus({ data: { status: "paid?" } })).status).toBe("pending")
    expect(await provider.getWebhookActionAndData({ data: {}, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
  })
})
