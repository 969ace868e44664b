import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreEmailVerificationResponse, StoreEmailVerificationSentResponse } from "@ocop/core"
import { sendVerificationLink, verificationState } from "../../../../../buyer-orders/verification"
import type { SendVerificationBody } from "../../buyer-validators"

/** GET /store/ocop/customer/email-verification — the customer's e-mail and whether they proved it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreEmailVerificationResponse>) {
  res.json(await verificationState(req.scope, req.auth_context.actor_id))
}

/** POST /store/ocop/customer/email-verification — e-mails the customer a link that proves their e-mail. */
export async function POST(req: AuthenticatedMedusaRequest<SendVerificationBody>, res: MedusaResponse<StoreEmailVerificationSentResponse>) {
  await sendVerificationLink(req.scope, req.auth_context.actor_id, req.validatedBody.locale ?? "vi")
  res.json({ sent: true })
}
