import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { DeletedResponse, LivestreamResponse } from "@ocop/core"
import type LivestreamsModuleService from "../../../../modules/livestreams/service"
import type { UpdateLivestreamBody } from "../validators"
import { announceChange, checkLivestream, freeSlug, livestreamsService } from "../write"

async function retrieve(service: LivestreamsModuleService, id: string) {
  const [livestream] = await service.listLivestreams({ id })
  if (!livestream) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Livestream ${id} was not found.`)
  return livestream
}

/** GET /admin/livestreams/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<LivestreamResponse>) {
  res.json({ livestream: await retrieve(livestreamsService(req.scope), req.params.id) })
}

/** POST /admin/livestreams/:id — changes the given fields; the result is checked as a whole before anything is written. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateLivestreamBody>, res: MedusaResponse<LivestreamResponse>) {
  const service = livestreamsService(req.scope)
  const current = await retrieve(service, req.params.id)
  const body = req.validatedBody
  const merged = {
    platform: body.platform ?? current.platform,
    url: body.url ?? current.url,
    replay_url: body.replay_url === undefined ? current.replay_url : body.replay_url,
    starts_at: body.starts_at ?? current.starts_at,
    ends_at: body.ends_at ?? current.ends_at,
    product_ids: body.product_ids ?? current.product_ids,
  }
  await checkLivestream(req.scope, merged)
  const slug = body.slug === undefined ? current.slug : await freeSlug(service, body.slug, current.title_vi, current.id)
  const livestream = await service.updateLivestreams({
    id: current.id,
    ...body,
    ...merged,
    slug,
    starts_at: new Date(merged.starts_at),
    ends_at: new Date(merged.ends_at),
  })
  await announceChange(req.scope, livestream.id)
  res.json({ livestream })
}

/** DELETE /admin/livestreams/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<DeletedResponse>) {
  const service = livestreamsService(req.scope)
  const current = await retrieve(service, req.params.id)
  await service.softDeleteLivestreams(current.id)
  await announceChange(req.scope, current.id)
  res.json({ id: current.id, object: "livestream", deleted: true })
}
