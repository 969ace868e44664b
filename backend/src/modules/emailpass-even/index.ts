import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import EvenEmailPassService from "./service"

/** Medusa's e-mail and password logins, answering alike for known and unknown e-mails (./service.ts). */
export default ModuleProvider(Modules.AUTH, { services: [EvenEmailPassService] })
