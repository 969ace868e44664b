/**
 * @ocop/core: what the storefront and the backend share, imported by name on
 * both sides. Rules live here once; a change of law or vocabulary is one edit.
 * Node-only parts are under their own paths: the event hash chain
 * ("@ocop/core/chain"), order proofs ("@ocop/core/order-proof"), and rate
 * limits and client detection ("@ocop/core/security"). Place-name matching
 * without the address data, for browser scripts: "@ocop/core/address-search".
 */

export * from "./address/index.js";
export * from "./commerce/bookings.js";
export * from "./commerce/carriers.js";
export * from "./commerce/order-status.js";
export * from "./commerce/payments.js";
export * from "./commerce/price-bands.js";
export * from "./commerce/producer-orders.js";
export * from "./errors.js";
export * from "./livestreams/rules.js";
export * from "./ocop/producers.js";
export * from "./ocop/rules.js";
export * from "./ocop/taxonomy.js";
export type * from "./routes/admin-ocop.js";
export type * from "./routes/admin-producers.js";
export type * from "./routes/admin-trace.js";
export type * from "./routes/admin-trade.js";
export type * from "./routes/bank-transfers.js";
export type * from "./routes/bookings.js";
export type * from "./routes/buyer-orders.js";
export type * from "./routes/campaigns.js";
export type * from "./routes/livestreams.js";
export type * from "./routes/ocop.js";
export type * from "./routes/orders.js";
export type * from "./routes/producer.js";
export type * from "./routes/producer-lots.js";
export type * from "./routes/search.js";
export type * from "./routes/showrooms.js";
export type * from "./routes/site.js";
export type * from "./routes/trace.js";
export type * from "./routes/wire.js";
export * from "./security/headers.js";
export * from "./security/passwords.js";
export * from "./text.js";
export * from "./time.js";
export type { ChainCheck } from "./trace/chain.js";
export * from "./trace/client-ids.js";
export * from "./trace/codes.js";
export * from "./trace/copies.js";
export * from "./trace/gs1.js";
export * from "./trace/link-types.js";
export * from "./trace/lot-facts.js";
export * from "./trace/public-view.js";
export * from "./trace/scans.js";
export * from "./trace/vocabulary.js";
export * from "./uploads/index.js";
