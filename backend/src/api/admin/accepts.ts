import type { z } from "@medusajs/framework/zod"

type Accepted<Shared, Input> = [Shared] extends [Input] ? unknown : { "the schema refuses the shared request type": Shared }
type NoExtra<Shared, Input> = [Exclude<keyof Shared, keyof Input>] extends [never] ? unknown : { "fields the schema does not take": Exclude<keyof Shared, keyof Input> }

/**
 * A route's zod schema, checked at compile time against the request type both
 * sides share (@ocop/core): every body of the shared type is one the schema's
 * input type accepts, and the shared type names no field the schema lacks.
 * So a change on either side breaks `tsc` here, not a request at run time.
 */
export const accepts =
  <Shared>() =>
  <S extends z.ZodType>(schema: S & NoInfer<Accepted<Shared, z.input<S>> & NoExtra<Shared, z.input<S>>>): S =>
    schema
