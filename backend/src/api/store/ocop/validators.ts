import { z } from "@medusajs/framework/zod"

export const StoreOcopProductsQuery = z.object({
  handle: z.union([z.string().min(1), z.array(z.string().min(1)).max(200)]).optional(),
})
export type StoreOcopProductsQuery = z.infer<typeof StoreOcopProductsQuery>
