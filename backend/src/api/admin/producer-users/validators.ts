import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { accepts } from "../accepts"

export const InviteProducerUserBody = accepts<Core.InviteProducerUserBody>()(
  z
    .object({
      email: z
        .string()
        .email()
        .transform((e) => e.toLowerCase()),
      producer_id: z.string().min(1),
      first_name: z.string().trim().min(1).max(80),
    })
    .strict(),
)
export type InviteProducerUserBody = z.infer<typeof InviteProducerUserBody>

export const ListProducerUsersQuery = accepts<Core.ListProducerUsersQuery>()(z.object({ status: z.enum(["invited", "pending", "active", "suspended"]).optional() }).strict())
export type ListProducerUsersQuery = z.infer<typeof ListProducerUsersQuery>

export const DecideReviewBody = accepts<Core.DecideReviewBody>()(z.object({ decision: z.enum(["approve", "reject"]), reason: z.string().trim().max(500).optional() }).strict())
export type DecideReviewBody = z.infer<typeof DecideReviewBody>

export const ListReviewsQuery = accepts<Core.ListReviewsQuery>()(z.object({ status: z.enum(["open", "approved", "rejected"]).default("open") }).strict())
export type ListReviewsQuery = z.infer<typeof ListReviewsQuery>
