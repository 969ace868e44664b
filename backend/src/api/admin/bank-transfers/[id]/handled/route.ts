import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminBankTransferResponse } from "@ocop/core"
import { BANK_TRANSFERS_MODULE } from "../../../../../modules/bank-transfers"
import { NEEDS_STAFF } from "../../../../../modules/bank-transfers/outcome"
import type BankTransfersModuleService from "../../../../../modules/bank-transfers/service"
import { adminTransfer } from "../../shape"

/**
 * POST /admin/bank-transfers/:id/handled — staff dealt with the transfer (refunded it, asked
 * the buyer for the rest, captured the order in the Admin): it leaves the queue. Twice is harmless.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankTransferResponse>) {
  const transfers: BankTransfersModuleService = req.scope.resolve(BANK_TRANSFERS_MODULE)
  const [found] = await transfers.listBankTransfers({ id: req.params.id }, { take: 1 })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No bank transfer has the id ${req.params.id}.`)
  if (!NEEDS_STAFF.includes(found.outcome))
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This transfer was ${found.outcome}; only one waiting for staff is marked handled.`)
  const updated = found.handled_at ? found : await transfers.updateBankTransfers({ id: found.id, handled_at: new Date(), handled_by: req.auth_context.actor_id })
  res.json({ transfer: adminTransfer(updated as unknown as Parameters<typeof adminTransfer>[0]) })
}
