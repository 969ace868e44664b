import { z } from "@medusajs/framework/zod"
import type { StoreTraceEpcisQuery as EpcisQuery, StoreTraceResolveQuery as ResolveQuery, StoreTraceStandingQuery as StandingQuery } from "@ocop/core"
import { GS1_TEXT, SHORT_CODE } from "@ocop/core"
import { conforming } from "../contract"

const gs1Text = z.string().regex(GS1_TEXT)

/** A key the storefront's resolver has already parsed: a GTIN (+ lot, + serial) or a short code (+ serial). */
export const StoreTraceResolveQuery = conforming<ResolveQuery>()(
  z
    .object({
      gtin: z
        .string()
        .regex(/^\d{14}$/, "gtin must be a GTIN-14")
        .optional(),
      lot: gs1Text.optional(),
      serial: gs1Text.optional(),
      short: z.string().regex(SHORT_CODE, "short must be a short code").optional(),
    })
    .strict()
    .refine((q) => Boolean(q.gtin) !== Boolean(q.short), "give either gtin or short")
    .refine((q) => !(q.short && q.lot), "a short code names its lot already"),
)
export type StoreTraceResolveQuery = z.infer<typeof StoreTraceResolveQuery>

/** A unit of a lot, by its serial. */
export const StoreTraceStandingQuery = conforming<StandingQuery>()(z.object({ lot_id: z.string().min(1), serial: gs1Text }).strict())
export type StoreTraceStandingQuery = z.infer<typeof StoreTraceStandingQuery>

export const StoreTraceEpcisQuery = conforming<EpcisQuery>()(z.object({ serial: gs1Text.optional() }).strict())
export type StoreTraceEpcisQuery = z.infer<typeof StoreTraceEpcisQuery>
