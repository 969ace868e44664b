import { Module } from "@medusajs/framework/utils"
import BankTransfersModuleService from "./service"

export const BANK_TRANSFERS_MODULE = "bank_transfers"

/** Bank-transfer notifications (SePay today): what each one did, and the ones staff must look at. */
export default Module(BANK_TRANSFERS_MODULE, { service: BankTransfersModuleService })
