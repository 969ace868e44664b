import { MedusaService } from "@medusajs/framework/utils"
import { Certificate } from "./models/certificate"
import { OcopProduct } from "./models/ocop-product"
import { Place } from "./models/place"
import { Producer } from "./models/producer"

/** CRUD for the OCOP module's records; rules live in rules.ts, writes go through workflows. */
// Keys match the models' names (ocop_place → OcopPlace…): Query looks records up
// by model name, as listOcopPlaces, listOcopProducers, etc.
export default class OcopModuleService extends MedusaService({
  OcopPlace: Place,
  OcopProducer: Producer,
  OcopProduct,
  OcopCertificate: Certificate,
}) {}
