import { model } from "@medusajs/framework/utils"

/**
 * A login token ended before its expiry (logged out). The id is the token's
 * key (its jti, or a hash of a token without one: see api/session/token-key.ts);
 * the row is kept until the token would have expired anyway.
 */
export const RevokedToken = model
  .define("revoked_token", {
    id: model.text().primaryKey(),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["expires_at"] }])
