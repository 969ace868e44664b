import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { GenerateSerialsBody, TraceSerialsResponse } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../../modules/traceability/service"
import { generateSerialsWorkflow } from "../../../../../../workflows/traceability/generate-serials"

/** POST /admin/trace/lots/:id/serials — add `count` random unit serials to the lot. */
export async function POST(req: AuthenticatedMedusaRequest<GenerateSerialsBody>, res: MedusaResponse<TraceSerialsResponse>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [lot] = await trace.listTraceLots({ id: req.params.id }, { select: ["id"] })
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${req.params.id} was not found.`)
  const { result } = await generateSerialsWorkflow(req.scope).run({ input: { lot_id: lot.id, count: req.validatedBody.count } })
  res.status(201).json({ serials: result })
}
