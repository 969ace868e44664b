import { MedusaService } from "@medusajs/framework/utils"
import { Showroom } from "./models/showroom"

/** OCOP showrooms and points of sale (điểm giới thiệu và bán sản phẩm OCOP). */
export default class ShowroomsModuleService extends MedusaService({ Showroom }) {}
