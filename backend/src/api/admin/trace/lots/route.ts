import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { type CreateLotResponse, lotIdOf, type TraceLotsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type { LotInput } from "../../../../modules/traceability/input"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { createLotWorkflow } from "../../../../workflows/traceability/create-lot"
import { openedLot } from "../replays"
import type { ListLotsQuery } from "../validators"

/**
 * POST /admin/trace/lots — open a lot for a product (variant), with optional
 * unit serials. Also the producer portal's, after its ownership check: only
 * staff (actor "user") may have a GTIN no one holds assigned on the way. A
 * lot with a client_id takes the id it names and is opened once: sent again,
 * the answer is the first lot.
 */
export async function POST(req: AuthenticatedMedusaRequest<LotInput>, res: MedusaResponse<CreateLotResponse>) {
  const input = { ...req.validatedBody, assign_gtin: req.auth_context.actor_type === "user" }
  if (!input.client_id) return res.status(201).json((await createLotWorkflow(req.scope).run({ input })).result)
  const lotId = lotIdOf(input.client_id)
  // Copies sent at once wait for each other here (Medusa's locking module: in
  // memory on one machine, Redis past it), so a copy finds the first lot whole,
  // serials and all; the primary key refuses one that got past anyway.
  const opened = await req.scope.resolve(Modules.LOCKING).execute(
    `trace-lot:${lotId}`,
    async () => {
      const earlier = await openedLot(req.scope, lotId, input.product_id)
      if (earlier) return earlier
      try {
        await createLotWorkflow(req.scope).run({ input })
      } catch (error) {
        const first = await openedLot(req.scope, lotId, input.product_id)
        if (!first) throw error
        return first
      }
      // Read back, so a first answer and a repeated one are the same.
      const made = await openedLot(req.scope, lotId, input.product_id)
      if (!made) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Lot ${lotId} was opened but cannot be read.`)
      return made
    },
    { timeout: 30 },
  )
  res.status(201).json(opened)
}

/** GET /admin/trace/lots[?product_id=] — lots, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListLotsQuery>, res: MedusaResponse<TraceLotsResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const filters = req.validatedQuery.product_id ? { product_id: req.validatedQuery.product_id } : {}
  const lots = await trace.listTraceLots(filters, { order: { created_at: "DESC" }, take: 200 })
  res.json({ lots })
}
