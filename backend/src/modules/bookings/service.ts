import { MedusaService } from "@medusajs/framework/utils"
import { BookedPlace } from "./models/booked-place"

export default class BookingsModuleService extends MedusaService({ BookedPlace }) {}
