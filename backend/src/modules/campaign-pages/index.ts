import { Module } from "@medusajs/framework/utils"
import CampaignPagesModuleService from "./service"

export const CAMPAIGN_PAGES_MODULE = "campaign_pages"

export default Module(CAMPAIGN_PAGES_MODULE, { service: CampaignPagesModuleService })
