import type { AdminBankTransfer, BankTransferOutcome } from "@ocop/core"

type Stored = Omit<AdminBankTransfer, "amount" | "expected_amount" | "created_at" | "handled_at" | "outcome"> & {
  amount: unknown
  expected_amount: unknown
  outcome: string
  created_at: Date | string
  handled_at: Date | string | null
}

const iso = (value: Date | string) => new Date(value).toISOString()

/** A stored transfer as the Admin API answers it: numbers for amounts (bigNumber fields come back as objects), ISO dates. */
export function adminTransfer(t: Stored): AdminBankTransfer {
  return {
    id: t.id,
    provider: t.provider,
    transfer_id: t.transfer_id,
    amount: Number(t.amount),
    content: t.content,
    bank_reference: t.bank_reference,
    transaction_date: t.transaction_date,
    reference: t.reference,
    order_id: t.order_id,
    order_display_id: t.order_display_id,
    expected_amount: t.expected_amount === null || t.expected_amount === undefined ? null : Number(t.expected_amount),
    outcome: t.outcome as BankTransferOutcome,
    created_at: iso(t.created_at),
    handled_at: t.handled_at ? iso(t.handled_at) : null,
  }
}
