import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { accepts } from "../../admin/accepts"

/** A page of a lot's serials: 50 by default, at most 200 (a lot may have 5,000). */
export const LotSerialsQuery = accepts<Core.LotSerialsQuery>()(
  z.object({ offset: z.coerce.number().int().min(0).max(1_000_000).default(0), limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
)
export type LotSerialsQuery = z.infer<typeof LotSerialsQuery>
