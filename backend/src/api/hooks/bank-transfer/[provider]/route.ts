import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../../config/env"
import { BANK_TRANSFER_ADAPTERS } from "../../../../modules/bank-transfers/adapters/sepay"
import { receiveTransfer } from "../../../../modules/bank-transfers/receive"

/**
 * POST /hooks/bank-transfer/:provider (sepay) — a bank-transfer notification.
 * Wrong or missing credentials: 401 (and, with no key configured at all, a
 * log line saying so). A body that is not the service's shape: 400 naming
 * each problem. Otherwise the service's own acknowledgement, also for a
 * transfer seen before, so it stops retrying.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const adapter = BANK_TRANSFER_ADAPTERS[String(req.params.provider)]
  if (!adapter) return res.status(404).json({ message: `No bank-transfer service is called "${req.params.provider}". Known: ${Object.keys(BANK_TRANSFER_ADAPTERS).join(", ")}.` })
  const auth = adapter.authenticate(req.headers, readBackendEnv(process.env))
  if (!auth.ok) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Refused a ${adapter.provider} bank-transfer notification: ${auth.reason}.`)
    return res.status(401).json({ success: false, message: "Unauthorized" })
  }
  const parsed = adapter.parse(req.body)
  if (!parsed.ok) return res.status(400).json({ success: false, message: `Not a ${adapter.provider} transfer notification: ${parsed.problems.join("; ")}.` })
  const result = await receiveTransfer(req.scope, adapter, parsed.transfer)
  res.status(200).json({ ...adapter.acknowledgement, ...(result.duplicate ? { duplicate: true } : { outcome: result.outcome }) })
}
