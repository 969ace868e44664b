import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type TraceEventInput, toNewEvent } from "../../../../../../modules/traceability/input"
import { appendTraceEventWorkflow } from "../../../../../../workflows/traceability/append-event"

/** POST /admin/trace/lots/:id/events — append an event (a correction names the event it corrects). */
export async function POST(req: AuthenticatedMedusaRequest<TraceEventInput>, res: MedusaResponse) {
  const recordedBy = `${req.auth_context.actor_type}:${req.auth_context.actor_id}`
  const { result } = await appendTraceEventWorkflow(req.scope).run({
    input: { lot_id: req.params.id, event: toNewEvent(req.validatedBody, recordedBy) },
  })
  res.status(201).json({ event: result })
}
