import { model } from "@medusajs/framework/utils"

/**
 * A link sent to prove a customer owns their e-mail: it expires, and it is
 * used once (used_at). A used one for the customer's current e-mail is what
 * "verified" means; guest orders with that e-mail join the account then.
 */
export const EmailVerification = model.define("email_verification", {
  id: model.id({ prefix: "emv" }).primaryKey(),
  customer_id: model.text().index(),
  email: model.text(),
  expires_at: model.dateTime(),
  used_at: model.dateTime().nullable(),
})
