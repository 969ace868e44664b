import { randomUUID } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  PaymentSessionStatus as Status,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

const STATUSES: readonly string[] = Object.values(PaymentSessionStatus)
const statusOf = (data: Record<string, unknown> = {}): Status => (STATUSES.includes(data.status as string) ? (data.status as Status) : PaymentSessionStatus.PENDING)

/**
 * Cash on delivery (thanh toán khi nhận hàng). Placing the order authorizes
 * the payment; staff capture it when the courier hands the cash over. Nothing
 * lives outside Medusa, and Medusa's payment module enforces the order of
 * steps, so this provider only records the status for getPaymentStatus.
 */
export default class CodPaymentProvider extends AbstractPaymentProvider {
  static identifier = "cod"

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
  }

  async initiatePayment({ data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    // The payment module passes the session's ID as data.session_id and as the idempotency key.
    const id = typeof data?.session_id === "string" ? data.session_id : (context?.idempotency_key ?? randomUUID())
    return { id, data: { status: PaymentSessionStatus.PENDING }, status: PaymentSessionStatus.PENDING }
  }

  /** The courier collects whatever the order's total is on delivery, so a new amount changes nothing here. */
  async updatePayment({ data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data }
  }

  /** The order is placed; the customer pays the courier. */
  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...data, status: PaymentSessionStatus.AUTHORIZED } }
  }

  /** The courier handed the cash over. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, status: PaymentSessionStatus.CAPTURED } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...data, status: PaymentSessionStatus.CANCELED } }
  }

  /** The cash goes back by hand; Medusa's refund record is the record. */
  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: statusOf(data), data }
  }

  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
