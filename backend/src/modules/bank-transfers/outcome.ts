import type { BankTransferOutcome } from "@ocop/core"
import type { IncomingTransfer } from "./adapters/types"

/** What a transfer did (shared with the storefront as BankTransferOutcome). */
export type TransferOutcome = BankTransferOutcome

/** The outcomes staff must look at: money arrived and no order took it. */
export const NEEDS_STAFF: readonly TransferOutcome[] = ["partial", "excess", "unmatched", "already_paid"]

/** A VietQR payment found by the transfer's reference. */
export type AwaitingPayment = { paymentId: string; orderId: string; orderDisplayId: number; amount: number; paid: boolean }

/** Crockford base 32 after "OCOP", as payment-vietqr/transfer.ts writes references. */
const REFERENCE = /OCOP[0-9A-HJKMNP-TV-Z]{8}/

/**
 * Our reference in a transfer's text. Banks upper-case, cut or run words
 * together ("CT OCOPAB12CD34 FT2612…", "OCOPAB12CD34-thanh toan"), so a whole
 * word is tried first, then the text without its spaces and punctuation.
 */
export function referenceIn(content: string): string | null {
  const upper = content.toUpperCase()
  const word = new RegExp(`(?<![0-9A-Z])${REFERENCE.source}(?![0-9A-Z])`).exec(upper)
  if (word) return word[0]
  return REFERENCE.exec(upper.replace(/[^0-9A-Z]/g, ""))?.[0] ?? null
}

/** What to do with a transfer, given the payment its reference names (null: none). */
export function outcomeOf(transfer: IncomingTransfer, payment: AwaitingPayment | null): TransferOutcome {
  if (transfer.direction === "out") return "outgoing"
  if (!payment) return "unmatched"
  if (payment.paid) return "already_paid"
  if (transfer.amount < payment.amount) return "partial"
  if (transfer.amount > payment.amount) return "excess"
  return "captured"
}
