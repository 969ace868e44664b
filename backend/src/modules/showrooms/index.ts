import { Module } from "@medusajs/framework/utils"
import ShowroomsModuleService from "./service"

export const SHOWROOMS_MODULE = "showrooms"

export default Module(SHOWROOMS_MODULE, { service: ShowroomsModuleService })
