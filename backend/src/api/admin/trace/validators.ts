import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { GS1_TEXT, LABEL_FORMATS } from "@ocop/core"
import { Gtin, LotInput, SerialsInput, TraceEventInput } from "../../../modules/traceability/input"
import { accepts } from "../accepts"

// The module owns these schemas (the seed uses them too); here they are checked against the shared types.
export const CreateLotBody = accepts<Core.CreateLotBody>()(LotInput)
export const GenerateSerialsBody = accepts<Core.GenerateSerialsBody>()(SerialsInput)
export const AppendEventBody = accepts<Core.AppendEventBody>()(TraceEventInput)

export const ListLotsQuery = accepts<Core.ListLotsQuery>()(z.object({ product_id: z.string().min(1).optional() }).strict())
export const AssignGtinBody = accepts<Core.AssignGtinBody>()(z.object({ gtin: Gtin, variant_id: z.string().min(1), move: z.boolean().optional() }).strict())
export type AssignGtinBody = z.infer<typeof AssignGtinBody>
export const ListGtinsQuery = accepts<Core.ListGtinsQuery>()(z.object({ gtin: Gtin.optional(), product_id: z.string().min(1).optional() }).strict())
export type ListGtinsQuery = z.infer<typeof ListGtinsQuery>
export type ListLotsQuery = z.infer<typeof ListLotsQuery>

const serialList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(GS1_TEXT, "serials must be serials of this lot")).min(1).max(5_000))

/** `serials=all`, a comma-separated list, or nothing for one label per lot code. */
export const LabelsQuery = accepts<Core.LabelsQuery>()(
  z
    .object({
      serials: z.union([z.literal("all"), serialList]).optional(),
      copies: z.coerce.number().int().min(1).max(500).default(21),
      format: z.enum(LABEL_FORMATS).default("a4"),
    })
    .strict(),
)
export type LabelsQuery = z.infer<typeof LabelsQuery>

export const QrQuery = accepts<Core.QrQuery>()(z.object({ format: z.enum(["svg", "png"]).default("svg"), serial: z.string().regex(GS1_TEXT).optional() }).strict())
export type QrQuery = z.infer<typeof QrQuery>
