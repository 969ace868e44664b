import { z } from "@medusajs/framework/zod"
import type { StoreBookingAvailabilityQuery as AvailabilityQuery } from "@ocop/core"
import { conforming } from "../contract"

export const StoreBookingAvailabilityQuery = conforming<AvailabilityQuery>()(z.object({ product_id: z.string().trim().min(1).max(100) }))
export type StoreBookingAvailabilityQuery = z.infer<typeof StoreBookingAvailabilityQuery>
