import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrPaymentProvider from "./service"

/** A Payment Module provider; medusa-config registers it with the shop's receiving account as options. */
export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
