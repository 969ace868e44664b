import { Module } from "@medusajs/framework/utils"
import LivestreamsModuleService from "./service"

export const LIVESTREAMS_MODULE = "livestreams"

export default Module(LIVESTREAMS_MODULE, { service: LivestreamsModuleService })
