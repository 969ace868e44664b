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
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { buildVietQrPayload, vietQrProblems } from "./payload"
import { transferReference, wholeDong } from "./transfer"

/** The shop's receiving account, as set in medusa-config. */
export type VietQrOptions = { bankBin: string; accountNumber: string; accountName: string; bankName: string }

/** What the storefront shows beside the QR code, and what staff match against the bank statement. */
export type VietQrPaymentData = {
  payload: string
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  /** Whole đồng. */
  amount: number
  reference: string
  status: Status
}

const STATUSES: readonly string[] = Object.values(PaymentSessionStatus)
const statusOf = (data: Record<string, unknown> = {}): Status => (STATUSES.includes(data.status as string) ? (data.status as Status) : PaymentSessionStatus.PENDING)
const isText = (value: unknown): value is string => typeof value === "string" && value.trim().length > 0
/** The payment module passes the session's ID as data.session_id and as the idempotency key. */
const sessionIdOf = ({ data, context }: InitiatePaymentInput | UpdatePaymentInput): string =>
  isText(data?.session_id) ? data.session_id : (context?.idempotency_key ?? randomUUID())

/**
 * Payment by bank transfer: checkout shows a VietQR code for the order's
 * amount and reference; the customer scans it in any Vietnamese banking app.
 * No bank API tells us the money arrived, so placing the order authorizes the
 * payment and a person captures it after seeing the transfer on the account.
 * Medusa's payment module enforces the order of steps (no capture after a
 * cancel, no refund beyond what was captured), so this provider only records.
 */
export default class VietQrPaymentProvider extends AbstractPaymentProvider<VietQrOptions> {
  static identifier = "vietqr"

  /** Called by Medusa at startup: one error naming every wrong option. */
  static validateOptions(options: Record<string, unknown> = {}): void {
    const problems = [
      ...vietQrProblems(options, ["bankBin", "accountNumber"]),
      ...(["accountName", "bankName"] as const)
        .filter((key) => !isText(options[key]))
        .map((key) => `${key} must be the text customers see on the transfer, e.g. ${key === "bankName" ? '"Vietcombank"' : '"HTX CHE TAN CUONG"'}`),
    ]
    if (problems.length > 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The VietQR payment provider's options are wrong: ${problems.join("; ")}. Fix them where medusa-config registers the provider.`,
      )
    }
  }

  /** Checks the options again, so a provider built by hand (tests, scripts) cannot hold wrong ones either. */
  constructor(container: Record<string, unknown>, options: VietQrOptions) {
    VietQrPaymentProvider.validateOptions(options)
    super(container, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const amount = wholeDong(input.amount, input.currency_code)
    const transfer = this.transfer(transferReference(sessionIdOf(input)), amount, PaymentSessionStatus.PENDING)
    return { id: transfer.reference, data: transfer, status: transfer.status }
  }

  /** A new amount needs a new QR; the reference stays, so a transfer already made still matches. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = input.data ?? {}
    const reference = vietQrProblems(data, ["reference"]).length === 0 ? String(data.reference) : transferReference(sessionIdOf(input))
    return { data: { ...data, ...this.transfer(reference, wholeDong(input.amount, input.currency_code), statusOf(data)) } }
  }

  /** The order is placed and waits for the transfer. */
  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...data, status: PaymentSessionStatus.AUTHORIZED } }
  }

  /** Staff or the producer saw the money arrive. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, status: PaymentSessionStatus.CAPTURED } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...data, status: PaymentSessionStatus.CANCELED } }
  }

  /** The money goes back by a transfer made by hand; Medusa's refund record is the record. */
  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  /** Nothing was created outside Medusa, so nothing to undo. */
  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: statusOf(data), data }
  }

  /** Banks send no webhook for a plain transfer. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  private transfer(reference: string, amount: number, status: Status): VietQrPaymentData {
    const { bankBin, accountNumber, accountName, bankName } = this.config
    return {
      payload: buildVietQrPayload({ bankBin, accountNumber, amountVnd: amount, reference }),
      bank_bin: bankBin,
      bank_name: bankName,
      account_number: accountNumber,
      account_name: accountName,
      amount,
      reference,
      status,
    }
  }
}
