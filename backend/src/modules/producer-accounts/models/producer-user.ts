import { model } from "@medusajs/framework/utils"

/**
 * A person who works for an OCOP producer and logs in to the producer portal
 * (Medusa actor type "producer"). Invited by the trade department (active on
 * accepting), or self-registered and pending until staff approve.
 */
export const ProducerUser = model
  .define("producer_user", {
    id: model.id({ prefix: "pusr" }).primaryKey(),
    email: model.text(),
    first_name: model.text(),
    last_name: model.text().nullable(),
    phone: model.text().nullable(),
    producer_id: model.text().index(),
    status: model.enum(["invited", "pending", "active", "suspended"]),
    /** sha-256 of the invitation token (the token itself is only ever in the invitation). */
    invite_token_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    /** A self-registering person's note to the trade department. */
    message: model.text().nullable(),
  })
  .indexes([{ on: ["email"], unique: true }])
