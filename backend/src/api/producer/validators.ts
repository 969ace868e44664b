import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { isGln, withoutControlCharacters } from "@ocop/core"
import { accepts } from "../admin/accepts"

/**
 * What a producer may send. Text is kept as typed (only control characters
 * go) and escaped wherever it is shown, so markup in a story is inert text.
 */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => withoutControlCharacters(value, true).replace(/\r\n/g, "\n").trim())

export const ProducerProductBody = accepts<Core.ProducerProductBody>()(
  z
    .object({
      title: text(200).pipe(z.string().min(2, "title must have at least 2 characters")).optional(),
      title_en: text(200).optional(),
      description: text(2000).optional(),
      description_en: text(2000).optional(),
      story_vi: text(8000).optional(),
      story_en: text(8000).optional(),
      product_set: z
        .string()
        .regex(/^[a-z-]+$/)
        .optional(),
      variants: z
        .array(
          z
            .object({
              id: z.string().min(1),
              price_vnd: z.number().int("price_vnd is whole đồng").min(1000, "price_vnd must be at least 1.000 ₫").max(1_000_000_000).optional(),
              stock: z.number().int().min(0).max(1_000_000).optional(),
              title_en: text(200).optional(),
            })
            .strict(),
        )
        .max(50)
        .optional(),
    })
    .strict(),
)
export type ProducerProductBody = z.infer<typeof ProducerProductBody>

export const NewProducerProductBody = accepts<Core.NewProducerProductBody>()(
  z
    .object({
      title: text(200).pipe(z.string().min(2, "title must have at least 2 characters")),
      description: text(2000).optional(),
      product_set: z.string().regex(/^[a-z-]+$/),
      variant_title: text(100).pipe(z.string().min(1)),
      price_vnd: z.number().int().min(1000).max(1_000_000_000),
      stock: z.number().int().min(0).max(1_000_000),
    })
    .strict(),
)
export type NewProducerProductBody = z.infer<typeof NewProducerProductBody>

export const ProducerImageBody = accepts<Core.ProducerImageBody>()(
  z
    .object({
      filename: z.string().regex(/^[\w.\- ]{1,100}$/, "filename must be plain letters, digits, dots and dashes"),
      /** The photo as taken (JPEG, PNG or WebP), base64: the route's upload pipeline judges it; the body limit bounds it. */
      content_base64: z.string().min(1),
    })
    .strict(),
)
export type ProducerImageBody = z.infer<typeof ProducerImageBody>

export const ProducerProfileBody = accepts<Core.ProducerProfileBody>()(
  z
    .object({
      legal_name: text(200).pipe(z.string().min(2)).optional(),
      legal_name_en: text(200).optional(),
      phone: z
        .string()
        .regex(/^(?:0|\+84)[0-9]{9,10}$/, "phone must be a Vietnamese number")
        .optional(),
      address: text(300).optional(),
      gln: z
        .union([z.literal(""), z.string().refine(isGln, { message: "must be a GLN: 13 digits with a valid check digit", params: { code: "invalid_format", format: "gln" } })])
        .optional(),
      story_vi: text(8000).optional(),
      story_en: text(8000).optional(),
    })
    .strict(),
)
export type ProducerProfileBody = z.infer<typeof ProducerProfileBody>

export const ProducerRegisterBody = accepts<Core.ProducerRegisterBody>()(
  z
    .object({
      first_name: text(80).pipe(z.string().min(1)),
      last_name: text(80).optional(),
      phone: z
        .string()
        .regex(/^(?:0|\+84)[0-9]{9,10}$/, "phone must be a Vietnamese number")
        .optional(),
      /** An invitation's token (activates at once), or the producer to join (pending approval). */
      invite_token: z.string().min(20).max(200).optional(),
      producer_handle: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .optional(),
      message: text(1000).optional(),
    })
    .strict()
    .refine((b) => Boolean(b.invite_token) !== Boolean(b.producer_handle), "give either invite_token or producer_handle"),
)
export type ProducerRegisterBody = z.infer<typeof ProducerRegisterBody>

export const ShipBody = accepts<Core.ProducerShipBody>()(
  z
    .object({
      mode: z.enum(["shipped", "ready_for_pickup"]),
      tracking_number: z
        .string()
        .regex(/^[\w-]{1,40}$/)
        .optional(),
      carrier: text(60).optional(),
    })
    .strict(),
)
export type ShipBody = z.infer<typeof ShipBody>
