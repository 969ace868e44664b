import { MedusaError } from "@medusajs/framework/utils"
import { QRPay, VietQRService } from "vietnam-qr-pay"

/**
 * The NAPAS VietQR payload (EMVCo merchant-presented QR) that every
 * Vietnamese banking app scans to prefill a transfer.
 *
 * Built with `vietnam-qr-pay` rather than by hand: it is kept up to date
 * (1.5.x, 2026), has no dependencies, ships its own types, is CommonJS like
 * this backend and makes no network calls. It writes the tags in the spec's
 * order: 00 "01", 01 "12" (dynamic, with an amount), 38 (00 GUID A000000727,
 * 01 acquirer BIN + account, 02 QRIBFTTA), 53 "704", 54 amount, 58 "VN",
 * 62 (08 purpose = our reference), 63 CRC-16/CCITT-FALSE in uppercase hex.
 * Its TLV lengths are two digits, so the inputs are bounded here first.
 */
export type VietQrInput = {
  /** The receiving bank's 6-digit NAPAS BIN, e.g. 970436 (Vietcombank). */
  bankBin: string
  accountNumber: string
  /** Whole đồng: VND has no minor unit. */
  amountVnd: number
  /** What the bank statement shows, so staff can match the transfer to the order. */
  reference: string
}

/** Tag 54 holds at most 13 characters; VND has no decimals, so 13 digits. */
export const MAX_AMOUNT_VND = 9_999_999_999_999

type Rule = { ok: (value: unknown) => boolean; must: string }
const matches = (pattern: RegExp) => (value: unknown) => typeof value === "string" && pattern.test(value)

/** Each input's rule, worded as what to fix. */
const RULES: Record<keyof VietQrInput, Rule> = {
  bankBin: { ok: matches(/^\d{6}$/), must: "must be the bank's 6-digit NAPAS BIN, e.g. 970436 for Vietcombank" },
  accountNumber: { ok: matches(/^[A-Za-z0-9]{1,19}$/), must: "must be 1–19 letters or digits, without spaces or dashes" },
  amountVnd: {
    ok: (value) => Number.isSafeInteger(value) && (value as number) > 0 && (value as number) <= MAX_AMOUNT_VND,
    must: "must be a whole number of đồng from 1 to 9999999999999 (13 digits)",
  },
  // Banking apps drop or mangle anything else in a transfer's description.
  reference: { ok: matches(/^[A-Z0-9 ]{1,25}$/), must: "must be 1–25 characters of A–Z, 0–9 and spaces" },
}

/** Every problem with the given fields, each naming the field and its value; empty when all are fine. */
export function vietQrProblems(input: Partial<Record<keyof VietQrInput, unknown>>, fields = Object.keys(RULES) as (keyof VietQrInput)[]): string[] {
  return fields.filter((field) => !RULES[field].ok(input[field])).map((field) => `${field} ${JSON.stringify(input[field]) ?? "undefined"} ${RULES[field].must}`)
}

/** The payload string to draw as a QR code; throws one INVALID_DATA error naming every bad input. */
export function buildVietQrPayload(input: VietQrInput): string {
  const problems = vietQrProblems(input)
  if (problems.length > 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot build a VietQR payload: ${problems.join("; ")}.`)
  }
  return QRPay.initVietQR({
    bankBin: input.bankBin,
    bankNumber: input.accountNumber,
    amount: String(input.amountVnd),
    purpose: input.reference,
    service: VietQRService.BY_ACCOUNT_NUMBER,
    initMethod: "12",
  }).build()
}
