import { model } from "@medusajs/framework/utils"

/**
 * One transfer a bank-notification service told us about, and what came of it:
 * captured (an awaiting VietQR order's reference and exact amount), or nothing
 * captured and kept for staff (partial, excess, unmatched, already_paid), or
 * outgoing (money leaving the account: recorded, nothing to match).
 */
export const BankTransfer = model
  .define("bank_transfer", {
    id: model.id({ prefix: "btr" }).primaryKey(),
    provider: model.text(),
    transfer_id: model.text(),
    direction: model.enum(["in", "out"]),
    /** Whole đồng. */
    amount: model.bigNumber(),
    content: model.text(),
    account_number: model.text().nullable(),
    bank_reference: model.text().nullable(),
    transaction_date: model.text().nullable(),
    /** Our OCOP… reference, when the transfer's text holds one. */
    reference: model.text().nullable(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    /** What the order asked for, in whole đồng, when an order was found. */
    expected_amount: model.bigNumber().nullable(),
    outcome: model.enum(["captured", "partial", "excess", "unmatched", "already_paid", "outgoing"]),
    handled_at: model.dateTime().nullable(),
    handled_by: model.text().nullable(),
  })
  .indexes([{ on: ["provider", "transfer_id"], unique: true }])
