import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** Each Medusa product has at most one OCOP record (set, producer, place, certificates). */
export default defineLink(ProductModule.linkable.product, OcopModule.linkable.ocopProduct)
