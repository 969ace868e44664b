import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminBankTransfersResponse } from "@ocop/core"
import { BANK_TRANSFERS_MODULE } from "../../../modules/bank-transfers"
import { NEEDS_STAFF } from "../../../modules/bank-transfers/outcome"
import type BankTransfersModuleService from "../../../modules/bank-transfers/service"
import { adminTransfer } from "./shape"

/** GET /admin/bank-transfers — money that arrived and paid no order (partial, excess, unmatched, already paid), not yet handled; newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminBankTransfersResponse>) {
  const transfers: BankTransfersModuleService = req.scope.resolve(BANK_TRANSFERS_MODULE)
  const open = await transfers.listBankTransfers({ outcome: [...NEEDS_STAFF], handled_at: null }, { order: { created_at: "DESC" }, take: 500 })
  res.json({ transfers: open.map(adminTransfer) })
}
