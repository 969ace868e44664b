import { model } from "@medusajs/framework/utils"

/** A payment provider's webhook event we have accepted: its id is unique, so a redelivery is seen as one. */
export const WebhookReceipt = model
  .define("webhook_receipt", {
    id: model.id({ prefix: "whr" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    event_type: model.text(),
  })
  .indexes([{ on: ["provider", "event_id"], unique: true }])
