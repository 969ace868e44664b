import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER } from "@ocop/core"
import { WEBHOOK_RECEIPTS_MODULE } from "../webhook-receipts"
import type WebhookReceiptsModuleService from "../webhook-receipts/service"
import type { BankTransferAdapter, IncomingTransfer } from "./adapters/types"
import { BANK_TRANSFERS_MODULE } from "./index"
import { type AwaitingPayment, outcomeOf, referenceIn, type TransferOutcome } from "./outcome"
import type BankTransfersModuleService from "./service"

/**
 * The VietQR payment whose reference a transfer names. The reference lives
 * only in the payment's data (payment-vietqr writes it there), and neither the
 * payment module nor Query filters inside JSON, so one read-only SQL query
 * over the payment and the order's link table finds it (among VietQR payments
 * only); the capture itself goes through Medusa's workflow, never SQL.
 */
async function findVietQrPayment(scope: MedusaContainer, reference: string): Promise<AwaitingPayment | null> {
  const db = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await db("payment as p")
    .join("order_payment_collection as opc", "opc.payment_collection_id", "p.payment_collection_id")
    .join("order as o", "o.id", "opc.order_id")
    .where("p.provider_id", PAYMENT_PROVIDER.vietqr)
    .whereRaw("p.data->>'reference' = ?", [reference])
    .whereNull("p.deleted_at")
    .whereNull("p.canceled_at")
    .whereNull("opc.deleted_at")
    .orderBy("p.created_at", "desc")
    .first("p.id", "p.captured_at", "opc.order_id", "o.display_id", db.raw("p.data->>'amount' as due"))
  if (!row) return null
  return { paymentId: row.id, orderId: row.order_id, orderDisplayId: Number(row.display_id), amount: Number(row.due), paid: row.captured_at !== null }
}

/**
 * Processes one notified transfer once: a redelivery of the same id changes
 * nothing. The exact amount for an awaiting order's reference captures its
 * payment (Medusa's capture workflow, as the Admin's capture button runs it);
 * anything else is recorded for staff. If processing fails, the receipt is
 * forgotten so the service's retry is processed rather than acknowledged.
 */
export async function receiveTransfer(
  scope: MedusaContainer,
  adapter: BankTransferAdapter,
  transfer: IncomingTransfer,
): Promise<{ duplicate: true } | { duplicate: false; outcome: TransferOutcome }> {
  const receipts: WebhookReceiptsModuleService = scope.resolve(WEBHOOK_RECEIPTS_MODULE)
  const receipt = { provider: adapter.provider, event_id: transfer.id }
  if (!(await receipts.receiveOnce({ ...receipt, event_type: `transfer.${transfer.direction}` }))) return { duplicate: true }
  try {
    const reference = referenceIn(transfer.content)
    const payment = reference && transfer.direction === "in" ? await findVietQrPayment(scope, reference) : null
    const outcome = outcomeOf(transfer, payment)
    if (outcome === "captured" && payment) await capturePaymentWorkflow(scope).run({ input: { payment_id: payment.paymentId } })
    const transfers: BankTransfersModuleService = scope.resolve(BANK_TRANSFERS_MODULE)
    await transfers.createBankTransfers({
      provider: adapter.provider,
      transfer_id: transfer.id,
      direction: transfer.direction,
      amount: transfer.amount,
      content: transfer.content,
      account_number: transfer.accountNumber,
      bank_reference: transfer.bankReference,
      transaction_date: transfer.transactionDate,
      reference,
      order_id: payment?.orderId ?? null,
      order_display_id: payment?.orderDisplayId ?? null,
      expected_amount: payment?.amount ?? null,
      outcome,
    })
    return { duplicate: false, outcome }
  } catch (error) {
    await receipts.deleteWebhookReceipts(receipt)
    throw new Error(`Bank transfer ${adapter.provider}/${transfer.id} was not processed; its retry will be.`, { cause: error })
  }
}
