import { Module } from "@medusajs/framework/utils"
import WebhookReceiptsModuleService from "./service"

export const WEBHOOK_RECEIPTS_MODULE = "webhook_receipts"

export default Module(WEBHOOK_RECEIPTS_MODULE, { service: WebhookReceiptsModuleService })
