import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ListShowroomsResponse, ShowroomResponse } from "@ocop/core"
import type { CreateShowroomBody } from "./validators"
import { announceChange, checkShowroom, freeHandle, showroomsService } from "./write"

/** GET /admin/showrooms — every showroom and point of sale, by name. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ListShowroomsResponse>) {
  const showrooms = await showroomsService(req.scope).listShowrooms({}, { order: { name: "ASC" }, take: 1000 })
  res.json({ showrooms })
}

/** POST /admin/showrooms — a new showroom or point of sale; one 400 names every problem and nothing is written. */
export async function POST(req: AuthenticatedMedusaRequest<CreateShowroomBody>, res: MedusaResponse<ShowroomResponse>) {
  const body = req.validatedBody
  await checkShowroom(req.scope, body)
  const service = showroomsService(req.scope)
  const showroom = await service.createShowrooms({
    name_en: null,
    place_handle: null,
    opening_hours_en: null,
    phone: null,
    lat: null,
    lng: null,
    ...body,
    handle: await freeHandle(service, body.handle, body.name),
  })
  await announceChange(req.scope, showroom.id)
  res.status(201).json({ showroom })
}
