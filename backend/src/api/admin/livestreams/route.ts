import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ListLivestreamsResponse, LivestreamResponse } from "@ocop/core"
import { phaseAt } from "@ocop/core"
import type { CreateLivestreamBody } from "./validators"
import { announceChange, checkLivestream, freeSlug, livestreamsService } from "./write"

/** GET /admin/livestreams — every livestream, latest start first, with its phase now and click-through count. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ListLivestreamsResponse>) {
  const service = livestreamsService(req.scope)
  const livestreams = await service.listLivestreams({}, { order: { starts_at: "DESC" }, take: 1000 })
  const now = new Date()
  res.json({ livestreams: livestreams.map((l) => ({ ...l, phase: phaseAt(l, now) })) })
}

/** POST /admin/livestreams — a new livestream; one 400 names every problem and nothing is written. */
export async function POST(req: AuthenticatedMedusaRequest<CreateLivestreamBody>, res: MedusaResponse<LivestreamResponse>) {
  const body = req.validatedBody
  await checkLivestream(req.scope, body)
  const service = livestreamsService(req.scope)
  const slug = await freeSlug(service, body.slug, body.title_vi)
  const livestream = await service.createLivestreams({
    ...body,
    slug,
    title_en: body.title_en ?? null,
    replay_url: body.replay_url ?? null,
    starts_at: new Date(body.starts_at),
    ends_at: new Date(body.ends_at),
  })
  await announceChange(req.scope, livestream.id)
  res.status(201).json({ livestream })
}
