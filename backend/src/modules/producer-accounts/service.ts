import { MedusaService } from "@medusajs/framework/utils"
import { ProducerUser } from "./models/producer-user"
import { ProducerReview } from "./models/review"

/** Producer portal accounts and the trade department's review queue. */
export default class ProducerAccountsModuleService extends MedusaService({ ProducerUser, ProducerReview }) {}
