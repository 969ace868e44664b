import { timingSafeEqual } from "node:crypto"
import { z } from "@medusajs/framework/zod"
import type { BankTransferAdapter } from "./types"

/**
 * SePay's webhook body for one bank transaction (developer.sepay.vn, "Tích hợp
 * webhook"). `code` is the payment code SePay itself recognised (null unless
 * configured), so our matching reads `content` too.
 */
const SepayTransfer = z.object({
  id: z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,20}$/)]),
  gateway: z.string().nullish(),
  transactionDate: z.string().nullish(),
  accountNumber: z.string().nullish(),
  code: z.string().nullish(),
  content: z.string().max(1000),
  transferType: z.enum(["in", "out"]),
  transferAmount: z.number().int().positive().max(9_999_999_999_999),
  accumulated: z.number().nullish(),
  subAccount: z.string().nullish(),
  referenceCode: z.string().nullish(),
  description: z.string().nullish(),
})

/** Constant-time, so a wrong key's answer takes as long whatever its first characters. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * SePay, authenticated by `Authorization: Apikey <SEPAY_WEBHOOK_KEY>`. SePay
 * also offers an HMAC-SHA256 signature (with an X-SePay-Timestamp header), but
 * the exact signed string and signature header are not in the public material
 * we could read, so it is not accepted here: choose "API Key" in SePay.
 */
export const sepayAdapter: BankTransferAdapter = {
  provider: "sepay",
  acknowledgement: { success: true },
  authenticate(headers, env) {
    const key = env.SEPAY_WEBHOOK_KEY
    if (!key) return { ok: false, reason: "SEPAY_WEBHOOK_KEY is not set on the backend, so no SePay notification can be trusted" }
    const header = headers.authorization
    const value = Array.isArray(header) ? header[0] : header
    const match = /^Apikey (.+)$/i.exec(value ?? "")
    if (!match) return { ok: false, reason: "the request has no `Authorization: Apikey …` header" }
    return sameSecret(match[1].trim(), key) ? { ok: true } : { ok: false, reason: "the Apikey does not match SEPAY_WEBHOOK_KEY" }
  },
  parse(body) {
    const parsed = SepayTransfer.safeParse(body)
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`) }
    const t = parsed.data
    // The payer's text first; SePay's recognised code after it, so either can carry the reference.
    const content = [t.content, t.code].filter(Boolean).join(" ")
    return {
      ok: true,
      transfer: {
        id: String(t.id),
        direction: t.transferType,
        amount: t.transferAmount,
        content,
        accountNumber: t.accountNumber ?? null,
        bankReference: t.referenceCode ?? null,
        transactionDate: t.transactionDate ?? null,
      },
    }
  },
}

/** Every adapter by its route name. */
export const BANK_TRANSFER_ADAPTERS: Record<string, BankTransferAdapter> = { [sepayAdapter.provider]: sepayAdapter }
