import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { hasControlCharacters } from "@ocop/core"
import { accepts } from "../accepts"

// Shapes only: the place and the products are checked in the routes, in one 400 naming every problem.

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !hasControlCharacters(value), "must not contain control characters")
const handle = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a handle (a-z, 0-9 and dashes)")
  .max(80)

const fields = {
  handle,
  name: text(200),
  name_en: text(200).nullable(),
  address: text(300),
  place_handle: handle.nullable(),
  opening_hours: text(200),
  opening_hours_en: text(200).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 .()-]{5,19}$/, "must be a phone number, e.g. 0208 3855 555")
    .nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lng: z.number().min(-180).max(180).nullable(),
  product_ids: z.array(z.string().min(1).max(100)).max(500),
}

const bothOrNeither = (v: { lat?: number | null; lng?: number | null }) => (v.lat == null) === (v.lng == null)
const coordinates = { message: "give both lat and lng, or neither", path: ["lng"], params: { code: "with_other", other: "lat" } }

export const CreateShowroomBody = accepts<Core.CreateShowroomBody>()(
  z
    .object({
      ...fields,
      handle: handle.optional(),
      name_en: fields.name_en.optional(),
      place_handle: fields.place_handle.optional(),
      opening_hours_en: fields.opening_hours_en.optional(),
      phone: fields.phone.optional(),
      lat: fields.lat.optional(),
      lng: fields.lng.optional(),
      product_ids: fields.product_ids.default([]),
    })
    .strict()
    .refine(bothOrNeither, coordinates),
)
export type CreateShowroomBody = z.infer<typeof CreateShowroomBody>

export const UpdateShowroomBody = accepts<Core.UpdateShowroomBody>()(z.object(fields).partial().strict().refine(bothOrNeither, coordinates))
export type UpdateShowroomBody = z.infer<typeof UpdateShowroomBody>
