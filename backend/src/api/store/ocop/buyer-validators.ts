import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { accepts } from "../../admin/accepts"

export const SendVerificationBody = accepts<Core.StoreSendVerificationBody>()(z.object({ locale: z.enum(["vi", "en"]).optional() }).strict())
export type SendVerificationBody = z.infer<typeof SendVerificationBody>

export const VerifyEmailBody = accepts<Core.StoreEmailVerifyBody>()(z.object({ token: z.string().min(1).max(200) }).strict())
export type VerifyEmailBody = z.infer<typeof VerifyEmailBody>
