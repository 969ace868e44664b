import { MedusaService } from "@medusajs/framework/utils"
import { CampaignPage } from "./models/campaign-page"

export default class CampaignPagesModuleService extends MedusaService({ CampaignPage }) {}
