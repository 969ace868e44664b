import type { TraceEventRecord, TraceLocation } from "@ocop/core"

/** The module's event row as the routes answer it. */
type EventRow = Omit<TraceEventRecord, "read_point" | "biz_location" | "serials" | "inputs" | "note"> & {
  read_point: unknown
  inputs: unknown
  biz_location: unknown
  serials: unknown
  note: unknown
}

/**
 * An event row with its JSON columns typed: they hold what input.ts
 * validated on the way in (TraceEventInput), which the column type cannot say.
 */
export function eventRecord(row: EventRow): TraceEventRecord {
  return {
    ...row,
    read_point: row.read_point as TraceLocation | null,
    biz_location: row.biz_location as TraceLocation | null,
    serials: row.serials as string[] | null,
    inputs: row.inputs as TraceEventRecord["inputs"],
    note: row.note as TraceEventRecord["note"],
  }
}
