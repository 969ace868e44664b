import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreEmailVerifyResponse } from "@ocop/core"
import { verifyEmail } from "../../../../../buyer-orders/verification"
import type { VerifyEmailBody } from "../../buyer-validators"

/**
 * POST /store/ocop/email-verification/confirm — uses the link's token: the
 * e-mail is proved and the guest orders placed with it join the account.
 * No login needed: the link itself is the proof (it may be opened on another
 * device than the one logged in).
 */
export async function POST(req: MedusaRequest<VerifyEmailBody>, res: MedusaResponse<StoreEmailVerifyResponse>) {
  res.json(await verifyEmail(req.scope, req.validatedBody.token))
}
