import { model } from "@medusajs/framework/utils"
import { ISSUER_LEVELS } from "@ocop/core"
import { OcopProduct } from "./ocop-product"

/**
 * A recognition decision and its certificate. Never edited in place once
 * issued: renewal makes a new certificate that replaces this one, revocation
 * stamps it with a time and reason.
 */
export const Certificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    stars: model.number(),
    score: model.float(),
    decision_number: model.text(),
    decision_date: model.dateTime(),
    issuer: model.text(),
    /** The issuer in English, e.g. "Thái Nguyên Provincial People's Committee". */
    issuer_en: model.text().nullable(),
    issuer_level: model.enum([...ISSUER_LEVELS]),
    criteria_set: model.text(),
    expires_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    revoked_reason: model.text().nullable(),
    replaced_by_id: model.text().nullable(),
    ocop_product: model.belongsTo(() => OcopProduct, { mappedBy: "certificates" }),
  })
  .checks([
    { name: "ocop_certificate_stars_check", expression: (columns) => `${columns.stars} between 3 and 5` },
    { name: "ocop_certificate_score_check", expression: (columns) => `${columns.score} between 0 and 100` },
  ])
