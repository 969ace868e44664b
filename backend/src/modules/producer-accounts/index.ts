import { Module } from "@medusajs/framework/utils"
import ProducerAccountsModuleService from "./service"

export const PRODUCER_ACCOUNTS_MODULE = "producer_accounts"

export default Module(PRODUCER_ACCOUNTS_MODULE, { service: ProducerAccountsModuleService })
