import { MedusaService } from "@medusajs/framework/utils"
import { ProducerOrderLine } from "./models/order-line"

/** Order lines by producer (Medusa's marketplace pattern: orders tagged by seller). */
export default class ProducerOrdersModuleService extends MedusaService({ ProducerOrderLine }) {}
