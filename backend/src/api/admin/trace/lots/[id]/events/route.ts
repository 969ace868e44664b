import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TraceEventResponse } from "@ocop/core"
import { type TraceEventInput, toNewEvent } from "../../../../../../modules/traceability/input"
import { appendTraceEventWorkflow } from "../../../../../../workflows/traceability/append-event"
import { eventRecord } from "../../../records"

/** POST /admin/trace/lots/:id/events — append an event (a correction names the event it corrects). */
export async function POST(req: AuthenticatedMedusaRequest<TraceEventInput>, res: MedusaResponse<TraceEventResponse>) {
  const recordedBy = `${req.auth_context.actor_type}:${req.auth_context.actor_id}`
  const { result } = await appendTraceEventWorkflow(req.scope).run({
    input: { lot_id: req.params.id, event: toNewEvent(req.validatedBody, recordedBy) },
  })
  // appendEvent creates one row; the module's generated create overloads type it as a list.
  res.status(201).json({ event: eventRecord(result as unknown as Parameters<typeof eventRecord>[0]) })
}
