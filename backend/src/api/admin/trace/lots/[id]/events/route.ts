import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { TraceEventResponse } from "@ocop/core"
import { type TraceEventInput, toNewEvent } from "../../../../../../modules/traceability/input"
import { appendTraceEventWorkflow } from "../../../../../../workflows/traceability/append-event"
import { recordedEvent } from "../../../replays"

/**
 * POST /admin/trace/lots/:id/events — append an event (a correction names the
 * event it corrects). An event_id the client made is recorded once: sent
 * again, the answer is the first event's (appendEvent; replays.ts).
 */
export async function POST(req: AuthenticatedMedusaRequest<TraceEventInput>, res: MedusaResponse<TraceEventResponse>) {
  const lotId = req.params.id
  const event = toNewEvent(req.validatedBody, `${req.auth_context.actor_type}:${req.auth_context.actor_id}`)
  let appended: { event_id: string }
  try {
    appended = (await appendTraceEventWorkflow(req.scope).run({ input: { lot_id: lotId, event } })).result
  } catch (error) {
    // A concurrent copy that lost the race at the event_id unique index: the winner's event is the answer.
    const first = event.event_id ? await recordedEvent(req.scope, lotId, event.event_id) : undefined
    if (!first) throw error
    return res.status(201).json({ event: first })
  }
  // Read back, so a first answer and a repeated one are the same record.
  const stored = await recordedEvent(req.scope, lotId, appended.event_id)
  if (!stored) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Event ${appended.event_id} was appended but cannot be read.`)
  res.status(201).json({ event: stored })
}
