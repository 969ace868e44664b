/** What a notified bank transfer did: only "captured" paid an order; staff look at the others but "outgoing". */
export type BankTransferOutcome = "captured" | "partial" | "excess" | "unmatched" | "already_paid" | "outgoing";

/** One transfer in the staff queue (GET /admin/bank-transfers). Amounts in whole đồng. */
export type AdminBankTransfer = {
  id: string;
  provider: string;
  transfer_id: string;
  amount: number;
  content: string;
  bank_reference: string | null;
  transaction_date: string | null;
  /** Our OCOP… reference found in the content, if any. */
  reference: string | null;
  /** The order the reference names: the one the money might belong to. */
  order_id: string | null;
  order_display_id: number | null;
  expected_amount: number | null;
  outcome: BankTransferOutcome;
  created_at: string;
  handled_at: string | null;
};

export type AdminBankTransfersResponse = { transfers: AdminBankTransfer[] };
export type AdminBankTransferResponse = { transfer: AdminBankTransfer };
