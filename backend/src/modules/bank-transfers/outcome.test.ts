import { describe, expect, it } from "vitest"
import type { IncomingTransfer } from "./adapters/types"
import { type AwaitingPayment, outcomeOf, referenceIn } from "./outcome"

const transfer = (over: Partial<IncomingTransfer> = {}): IncomingTransfer => ({
  id: "1",
  direction: "in",
  amount: 150000,
  content: "OCOPAB12CD34 thanh toan",
  accountNumber: "1234567890",
  bankReference: "FT1",
  transactionDate: "2026-12-05 10:00:00",
  ...over,
})
const awaiting: AwaitingPayment = { paymentId: "pay_1", orderId: "order_1", orderDisplayId: 7, amount: 150000, paid: false }

describe("referenceIn", () => {
  it("finds the reference as a word, in any case, beside punctuation", () => {
    expect(referenceIn("ocopab12cd34 thanh toan")).toBe("OCOPAB12CD34")
    expect(referenceIn("CT DEN:123 OCOPAB12CD34-chuyen tien")).toBe("OCOPAB12CD34")
  })
  it("prefers a whole word over a run of words that starts with OCOP", () => {
    expect(referenceIn("SAN PHAM OCOP OCOPAB12CD34")).toBe("OCOPAB12CD34")
  })
  it("finds a reference a bank split with a space", () => {
    expect(referenceIn("OCOP AB12CD34 mua mien")).toBe("OCOPAB12CD34")
  })
  it("finds nothing without one, nor with letters Crockford leaves out", () => {
    expect(referenceIn("chuyen tien mua hang")).toBeNull()
    expect(referenceIn("OCOPAB12CD3I")).toBeNull()
  })
})

describe("outcomeOf", () => {
  it("captures only an incoming transfer of exactly the amount due", () => {
    expect(outcomeOf(transfer(), awaiting)).toBe("captured")
  })
  it("keeps partial, excess, unmatched and already-paid transfers for staff", () => {
    expect(outcomeOf(transfer({ amount: 100000 }), awaiting)).toBe("partial")
    expect(outcomeOf(transfer({ amount: 150001 }), awaiting)).toBe("excess")
    expect(outcomeOf(transfer(), null)).toBe("unmatched")
    expect(outcomeOf(transfer(), { ...awaiting, paid: true })).toBe("already_paid")
  })
  it("never matches money leaving the account", () => {
    expect(outcomeOf(transfer({ direction: "out" }), awaiting)).toBe("outgoing")
  })
})
