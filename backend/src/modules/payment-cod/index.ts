import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CodPaymentProvider from "./service"

/** A Payment Module provider with no options; medusa-config registers it beside VietQR. */
export default ModuleProvider(Modules.PAYMENT, { services: [CodPaymentProvider] })
