import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER, type StoreOrderPaymentResponse, type StoreVietQrInstructions } from "@ocop/core"
import type { VietQrPaymentData } from "../../../../../../modules/payment-vietqr/service"

type OrderPayments = {
  id: string
  payment_status: string
  payment_collections?: { payments?: { provider_id: string; data: Record<string, unknown> | null; captured_at: string | null }[] }[]
}

/** What a buyer needs to pay a VietQR order: never more than the bank details and the reference. */
function instructionsOf(data: VietQrPaymentData): StoreVietQrInstructions {
  const { payload, bank_bin, bank_name, account_number, account_name, amount, reference } = data
  return { payload, bank_bin, bank_name, account_number, account_name, amount, reference }
}

/**
 * GET /store/ocop/orders/:id/payment — how an order is paid and whether the
 * money has arrived; for VietQR, the transfer's QR payload and bank details.
 * Answered, like GET /store/orders/:id, only with the order's proof or to the
 * customer it belongs to (store/orders/order-access.ts, in middlewares.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreOrderPaymentResponse>) {
  // The order detail workflow computes payment_status (authorized, captured…) as Medusa's own routes do.
  const order = await getOrderDetailWorkflow(req.scope)
    .run({
      input: {
        order_id: req.params.id,
        fields: ["id", "payment_status", "payment_collections.payments.provider_id", "payment_collections.payments.data", "payment_collections.payments.captured_at"],
        filters: { is_draft_order: false },
      },
    })
    .then(({ result }) => result as unknown as OrderPayments)
    .catch((error: unknown) => {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) return undefined
      throw error
    })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  const payment = order.payment_collections?.flatMap((c) => c.payments ?? [])[0]
  const instructions = payment?.provider_id === PAYMENT_PROVIDER.vietqr && payment.data ? instructionsOf(payment.data as unknown as VietQrPaymentData) : null
  res.json({
    payment: {
      provider_id: payment?.provider_id ?? null,
      status: order.payment_status,
      paid: Boolean(payment?.captured_at),
      instructions,
    },
  })
}
