import { MedusaService } from "@medusajs/framework/utils"
import { BankTransfer } from "./models/bank-transfer"

/** CRUD on bank_transfer; the matching lives in ./receive.ts, the staff queue's rule in ./outcome.ts. */
export default class BankTransfersModuleService extends MedusaService({ BankTransfer }) {}
