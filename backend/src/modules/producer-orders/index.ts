import { Module } from "@medusajs/framework/utils"
import ProducerOrdersModuleService from "./service"

export const PRODUCER_ORDERS_MODULE = "producer_orders"

export default Module(PRODUCER_ORDERS_MODULE, { service: ProducerOrdersModuleService })
