import type { z } from "@medusajs/framework/zod"

/**
 * Whether a route's zod schema and its shared request type (in @ocop/core)
 * agree: what the schema parses to fits the type, and the schema knows every
 * field the type names, so what the storefront sends is what the route reads.
 */
export type Conforms<Schema extends z.ZodType, Shared> = [z.output<Schema>] extends [Shared]
  ? [Exclude<keyof Shared, keyof z.output<Schema>>] extends [never]
    ? true
    : false
  : false

/** The schema itself, when it conforms to the shared type; otherwise a type error at the schema. */
export const conforming =
  <Shared>() =>
  <Schema extends z.ZodType>(schema: Schema & (Conforms<Schema, Shared> extends true ? unknown : "does not match its @ocop/core request type")) =>
    schema

/** A date as the JSON answer carries it (the shared types say IsoDateTime). */
export const iso = (value: Date | string) => new Date(value).toISOString()
export const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null)
