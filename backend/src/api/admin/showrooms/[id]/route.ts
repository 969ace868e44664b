import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { DeletedResponse, ShowroomResponse } from "@ocop/core"
import type ShowroomsModuleService from "../../../../modules/showrooms/service"
import type { UpdateShowroomBody } from "../validators"
import { announceChange, checkShowroom, freeHandle, showroomsService } from "../write"

async function retrieve(service: ShowroomsModuleService, id: string) {
  const [showroom] = await service.listShowrooms({ id })
  if (!showroom) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Showroom ${id} was not found.`)
  return showroom
}

/** GET /admin/showrooms/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ShowroomResponse>) {
  res.json({ showroom: await retrieve(showroomsService(req.scope), req.params.id) })
}

/** POST /admin/showrooms/:id — changes the given fields; nothing is written on a 400. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateShowroomBody>, res: MedusaResponse<ShowroomResponse>) {
  const service = showroomsService(req.scope)
  const current = await retrieve(service, req.params.id)
  const body = req.validatedBody
  await checkShowroom(req.scope, {
    place_handle: body.place_handle === undefined ? null : body.place_handle,
    product_ids: body.product_ids ?? [],
  })
  const handle = body.handle === undefined ? current.handle : await freeHandle(service, body.handle, current.name, current.id)
  const showroom = await service.updateShowrooms({ id: current.id, ...body, handle })
  await announceChange(req.scope, showroom.id)
  res.json({ showroom })
}

/** DELETE /admin/showrooms/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<DeletedResponse>) {
  const service = showroomsService(req.scope)
  const current = await retrieve(service, req.params.id)
  await service.softDeleteShowrooms(current.id)
  await announceChange(req.scope, current.id)
  res.json({ id: current.id, object: "showroom", deleted: true })
}
