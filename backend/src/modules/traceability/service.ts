import { randomUUID } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { type CopyLimits, copyFlagReason, DEFAULT_COPY_LIMITS, type DeviceClass, newSerial } from "@ocop/core"
import { type ChainCheck, type ChainedContent, type ChainedEvent, eventHash, verifyChain } from "@ocop/core/chain"
import { TraceEvent } from "./models/event"
import { Lot } from "./models/lot"
import { Scan } from "./models/scan"
import { Serial } from "./models/serial"

/** An event as a recorder states it; position, ID and hashes are the module's to assign. */
export type NewTraceEvent = Omit<ChainedContent, "seq" | "event_id">

export type ScanInput = {
  lot_id: string
  serial?: string
  region: string | null
  device_class: DeviceClass
  via: "gs1" | "short"
  at?: Date
}

export type SerialStanding = {
  serial: string
  scan_count: number
  first_scanned_at: Date | null
  flagged: boolean
  flag_reason: string | null
}

type ModuleOptions = { copyLimits?: Partial<CopyLimits> }

/**
 * Lots, unit serials, trace events and scans. Events are only ever appended
 * (appendEvent); scans only counted (recordScan). Reads use the generated
 * list/retrieve methods (listTraceLots, listTraceEvents…).
 */
export default class TraceabilityModuleService extends MedusaService({
  TraceLot: Lot,
  TraceSerial: Serial,
  TraceEvent,
  TraceScan: Scan,
}) {
  protected readonly copyLimits: CopyLimits

  constructor(_container: Record<string, unknown>, options: ModuleOptions = {}) {
    // biome-ignore lint/complexity/noArguments: MedusaService's constructor takes the module's own arguments.
    super(...arguments)
    this.copyLimits = { ...DEFAULT_COPY_LIMITS, ...options.copyLimits }
  }

  /** A lot with its events in order and whether their hash chain holds. */
  async traceOf(lotId: string) {
    const [lot] = await this.listTraceLots({ id: lotId })
    if (!lot) return undefined
    const events = await this.listTraceEvents({ lot_id: lotId }, { order: { seq: "ASC" }, take: null })
    const chain: ChainCheck = verifyChain(events as unknown as ChainedEvent[])
    return { lot, events, chain }
  }

  /** Adds `count` fresh random serials to a lot. */
  @InjectTransactionManager()
  async generateSerials(lotId: string, count: number, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const serials = Array.from({ length: count }, () => ({ serial: newSerial(), lot_id: lotId }))
    return await this.createTraceSerials(serials, sharedContext)
  }

  /**
   * Appends an event to its lot's chain. The lot's row is locked while the
   * next position and the previous hash are read, so two recorders at once
   * still make one chain; the (lot, seq) unique index backs that up.
   */
  @InjectTransactionManager()
  async appendEvent(lotId: string, input: NewTraceEvent, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const manager = sharedContext.transactionManager as EntityManager
    const locked = await manager.execute(`select id from trace_lot where id = ? and deleted_at is null for update`, [lotId])
    if (!locked.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${lotId} was not found.`)
    const [last] = await manager.execute(`select seq, hash from trace_event where lot_id = ? and deleted_at is null order by seq desc limit 1`, [lotId])
    const content: ChainedContent = { ...input, seq: (last?.seq ?? 0) + 1, event_id: `urn:uuid:${randomUUID()}` }
    const prev_hash: string | null = last?.hash ?? null
    const row = { ...content, event_time: new Date(content.event_time), lot_id: lotId, prev_hash, hash: eventHash(content, prev_hash) }
    // JSON columns are typed as objects; ours also hold arrays (serials, inputs), which Postgres stores alike.
    return await this.createTraceEvents(row as Parameters<typeof this.createTraceEvents>[0] & typeof row, sharedContext)
  }

  /**
   * Logs one resolve of a code. A unit's scan count only grows by an atomic
   * update (two phones at once both count); bots are logged but not counted.
   * Returns the serial's standing, or null for a lot-level code.
   */
  @InjectTransactionManager()
  async recordScan(input: ScanInput, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<SerialStanding | null> {
    const manager = sharedContext.transactionManager as EntityManager
    const at = input.at ?? new Date()
    const [serial] = input.serial ? await manager.execute(`select id from trace_serial where serial = ? and lot_id = ? and deleted_at is null`, [input.serial, input.lot_id]) : []
    await this.createTraceScans(
      {
        lot_id: input.lot_id,
        serial_id: serial?.id ?? null,
        scanned_at: at,
        region: input.region,
        device_class: input.device_class,
        via: input.via,
      },
      sharedContext,
    )
    if (!serial) return null
    const counts = input.device_class !== "bot"
    const [row] = await manager.execute<SerialRow[]>(
      `update trace_serial
          set scan_count = scan_count + ?,
              first_scanned_at = coalesce(first_scanned_at, case when ? then ?::timestamptz end),
              last_scanned_at = ?
        where id = ?
        returning serial, scan_count, first_scanned_at, flagged_at, flag_reason`,
      [counts ? 1 : 0, counts, at, at, serial.id],
    )
    if (row.flagged_at || !counts) return standing(row)
    // This scan's own row may not be flushed yet: its region is counted explicitly.
    const [{ regions }] = await manager.execute(
      `select count(distinct region)::int as regions from (
          select region from trace_scan where serial_id = ? and device_class <> 'bot' and deleted_at is null
          union all select ?::text
        ) seen where region is not null`,
      [serial.id, input.region],
    )
    const reason = copyFlagReason({ scan_count: row.scan_count, regions }, this.copyLimits)
    if (!reason) return standing(row)
    const [flagged] = await manager.execute<SerialRow[]>(
      `update trace_serial set flagged_at = ?, flag_reason = ? where id = ?
        returning serial, scan_count, first_scanned_at, flagged_at, flag_reason`,
      [at, reason, serial.id],
    )
    return standing(flagged)
  }
}

type SerialRow = {
  serial: string
  scan_count: number
  first_scanned_at: Date | null
  flagged_at: Date | null
  flag_reason: string | null
}

function standing(row: SerialRow): SerialStanding {
  return {
    serial: row.serial,
    scan_count: Number(row.scan_count),
    first_scanned_at: row.first_scanned_at ? new Date(row.first_scanned_at) : null,
    flagged: row.flagged_at !== null,
    flag_reason: row.flag_reason,
  }
}
