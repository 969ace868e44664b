import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { hasControlCharacters, PLATFORMS } from "@ocop/core"
import { accepts } from "../accepts"

// Shapes only: the window, the URL's platform and the products are checked in
// the routes (livestreamProblems, unknownProductProblems), in one 400 that names them all.

/** Free text shown to the public: trimmed, no control characters; the storefront escapes it. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasControlCharacters(value), "must not contain control characters")
const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 time with its offset, e.g. 2026-12-05T19:30:00+07:00" })
const link = z.string().trim().min(1).max(1000)

const fields = {
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug (a-z, 0-9 and dashes)")
    .max(80),
  title_vi: text(200),
  title_en: text(200).nullable(),
  platform: z.enum(PLATFORMS),
  url: link,
  host: text(200),
  starts_at: instant,
  ends_at: instant,
  product_ids: z.array(z.string().min(1).max(100)).max(30),
  replay_url: link.nullable(),
}

export const CreateLivestreamBody = accepts<Core.CreateLivestreamBody>()(
  z
    .object({
      ...fields,
      slug: fields.slug.optional(),
      title_en: fields.title_en.optional(),
      product_ids: fields.product_ids.default([]),
      replay_url: fields.replay_url.optional(),
    })
    .strict(),
)
export type CreateLivestreamBody = z.infer<typeof CreateLivestreamBody>

export const UpdateLivestreamBody = accepts<Core.UpdateLivestreamBody>()(z.object(fields).partial().strict())
export type UpdateLivestreamBody = z.infer<typeof UpdateLivestreamBody>
