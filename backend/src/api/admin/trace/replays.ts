import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { CreateLotResponse, TraceEventRecord } from "@ocop/core"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { eventRecord } from "./records"

/**
 * What a client-made id already made, answered as its first request was. A
 * phone that recorded offline sends each record with its own id and sends it
 * again when it never saw the answer; these turn the second request (or a
 * concurrent one that lost the race at a unique index) into the first answer.
 */

const traceOf = (scope: MedusaContainer): TraceabilityModuleService => scope.resolve(TRACEABILITY_MODULE)

/** The event of this lot with this eventID, as the events route answers it; undefined when there is none. */
export async function recordedEvent(scope: MedusaContainer, lotId: string, eventId: string): Promise<TraceEventRecord | undefined> {
  const [event] = await traceOf(scope).listTraceEvents({ event_id: eventId, lot_id: lotId })
  return event ? eventRecord(event as unknown as Parameters<typeof eventRecord>[0]) : undefined
}

/**
 * The lot with this id and its serials, as the lots route answers it;
 * undefined when there is none. A lot of another product under the same id
 * is a client that reused its uuid: refused, never shown.
 */
export async function openedLot(scope: MedusaContainer, lotId: string, productId: string): Promise<CreateLotResponse | undefined> {
  const trace = traceOf(scope)
  const [lot] = await trace.listTraceLots({ id: lotId })
  if (!lot) return undefined
  if (lot.product_id !== productId) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Lot ${lotId} was opened for another product.`)
  const serials = await trace.listTraceSerials({ lot_id: lotId }, { select: ["serial"], order: { serial: "ASC" }, take: null })
  return { lot: lot as unknown as CreateLotResponse["lot"], serials: serials.map((s) => s.serial) }
}
