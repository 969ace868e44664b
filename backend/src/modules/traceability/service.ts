import { randomUUID } from "node:crypto"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { type CopyLimits, copyFlagReason, countsAsNew, DEFAULT_COPY_LIMITS, type DeviceClass, newScanId, newSerial, type ScanRecord } from "@ocop/core"
import { type ChainCheck, type ChainedContent, type ChainedEvent, eventHash, verifyChain } from "@ocop/core/chain"
import { TraceEvent } from "./models/event"
import { Gtin } from "./models/gtin"
import { Lot } from "./models/lot"
import { Scan } from "./models/scan"
import { Serial } from "./models/serial"

/** An event as a recorder states it; position and hashes are the module's to assign, and its ID too unless the recorder made one. */
export type NewTraceEvent = Omit<ChainedContent, "seq" | "event_id"> & { event_id?: string }

export type ScanInput = {
  lot_id: string
  serial?: string
  region: string | null
  client?: string
  device_class: DeviceClass
  via: "gs1" | "short"
  at?: Date
}

/** What a batch of scans did: see TraceScanBatchResponse in @ocop/core. */
export type ScanBatchResult = { stored: number; duplicates: number; skipped: number; serials: SerialStanding[] }

export type SerialStanding = {
  serial: string
  scan_count: number
  first_scanned_at: Date | null
  flagged: boolean
  flag_reason: string | null
  flag_cleared_at: Date | null
}

type ModuleOptions = { copyLimits?: Partial<CopyLimits>; countWindowMinutes?: number }

/**
 * Lots, unit serials, trace events and scans. Events are only ever appended
 * (appendEvent); scans only counted (recordScans). Reads use the generated
 * list/retrieve methods (listTraceLots, listTraceEvents…).
 */
export default class TraceabilityModuleService extends MedusaService({
  TraceLot: Lot,
  TraceSerial: Serial,
  TraceEvent,
  TraceScan: Scan,
  TraceGtin: Gtin,
}) {
  protected readonly copyLimits: CopyLimits
  /** A client's views of one unit count once per this window (TRACE_COUNT_WINDOW_MINUTES). */
  protected readonly countWindowMs: number

  constructor(_container: Record<string, unknown>, options: ModuleOptions = {}) {
    // biome-ignore lint/complexity/noArguments: MedusaService's constructor takes the module's own arguments.
    super(...arguments)
    this.copyLimits = { ...DEFAULT_COPY_LIMITS, ...options.copyLimits }
    this.countWindowMs = (options.countWindowMinutes ?? 60) * 60_000
  }

  /** A lot with its events in order and whether their hash chain holds. */
  async traceOf(lotId: string) {
    const [lot] = await this.listTraceLots({ id: lotId })
    if (!lot) return undefined
    const events = await this.listTraceEvents({ lot_id: lotId }, { order: { seq: "ASC" }, take: null })
    const chain: ChainCheck = verifyChain(events as unknown as ChainedEvent[])
    return { lot, events, chain }
  }

  /** Gives a variant a GTIN in one transaction, releasing the holdings in `release` first (a move, or the variant's old GTIN). */
  @InjectTransactionManager()
  async assignGtin(holding: { gtin: string; product_id: string; variant_id: string }, release: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    // Released by SQL at once (the ORM would write the new row first and meet the unique indexes).
    const manager = sharedContext.transactionManager as EntityManager
    if (release.length) await manager.execute("update trace_gtin set deleted_at = now(), updated_at = now() where id in (?) and deleted_at is null", [release])
    return await this.createTraceGtins(holding, sharedContext)
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
   * still make one chain; the (lot, seq) unique index backs that up. An event
   * whose recorder made its eventID (a phone that recorded it offline) is
   * appended once: sent again, even at the same time, the lock makes the
   * second wait and then find the first, which it returns; the unique index
   * on event_id backs that up (recordedEvent answers what it refuses).
   */
  @InjectTransactionManager()
  async appendEvent(lotId: string, input: NewTraceEvent, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<TraceEventRow> {
    const manager = sharedContext.transactionManager as EntityManager
    const locked = await manager.execute(`select id from trace_lot where id = ? and deleted_at is null for update`, [lotId])
    if (!locked.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lot ${lotId} was not found.`)
    if (input.event_id) {
      const [first] = await this.listTraceEvents({ event_id: input.event_id }, { select: ["id", "lot_id", "event_id"] }, sharedContext)
      if (first && first.lot_id !== lotId) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Event ${input.event_id} was recorded on another lot.`)
      if (first) return first
    }
    const [last] = await manager.execute(`select seq, hash from trace_event where lot_id = ? and deleted_at is null order by seq desc limit 1`, [lotId])
    const content: ChainedContent = { ...input, seq: (last?.seq ?? 0) + 1, event_id: input.event_id ?? `urn:uuid:${randomUUID()}` }
    const prev_hash: string | null = last?.hash ?? null
    const row = { ...content, event_time: new Date(content.event_time), lot_id: lotId, prev_hash, hash: eventHash(content, prev_hash) }
    // JSON columns are typed as objects; ours also hold arrays (serials, inputs), which Postgres stores alike.
    // appendEvent creates one row; the module's generated create overloads type it as a list.
    return (await this.createTraceEvents(row as Parameters<typeof this.createTraceEvents>[0] & typeof row, sharedContext)) as unknown as TraceEventRow
  }

  /**
   * Logs one resolve of a code (the seed's scans) through recordScans, the one
   * way scans are written. Returns the serial's standing, or null for a
   * lot-level code.
   */
  @InjectTransactionManager()
  async recordScan(input: ScanInput, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<SerialStanding | null> {
    const { at = new Date(), region, ...scan } = input
    const result = await this.recordScans([{ ...scan, id: newScanId(at.getTime()), region: region ?? undefined, at: at.toISOString() }], sharedContext)
    return result.serials[0] ?? null
  }

  /**
   * Writes a batch of views in one transaction and a fixed number of
   * statements, however many views it carries. Each view keeps the id its
   * storefront gave it, so a batch sent twice is stored once and counted once.
   * Views of a lot that no longer exists are skipped. Only views stored now
   * may raise their unit's count: a browser's view (never a bot's) counts once
   * per client per window (countsAsNew), judged against the client's last
   * counted view of the unit, in earlier batches or this one.
   */
  @InjectTransactionManager()
  async recordScans(scans: readonly ScanRecord[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ScanBatchResult> {
    const manager = sharedContext.transactionManager as EntityManager
    // MikroORM writes each binding into the SQL itself and spreads an array into
    // a list, so lists go in as `in (?)` and sets of rows as one JSON document.
    const lots = scans.length
      ? await manager.execute<{ id: string }[]>(`select id from trace_lot where id in (?) and deleted_at is null`, [unique(scans.map((s) => s.lot_id))])
      : []
    const known = new Set(lots.map((lot) => lot.id))
    const kept = scans.filter((scan) => known.has(scan.lot_id))
    if (!kept.length) return { stored: 0, duplicates: 0, skipped: scans.length, serials: [] }

    const named = kept.flatMap(({ serial, lot_id }) => (serial ? [{ serial, lot_id }] : []))
    // Locked in id order, so two batches naming the same units wait for each other instead of deadlocking.
    const serials = named.length
      ? await manager.execute<{ id: string; serial: string; lot_id: string }[]>(
          `select id, serial, lot_id from trace_serial
            where deleted_at is null
              and (serial, lot_id) in (select serial, lot_id from jsonb_to_recordset(?::jsonb) as named(serial text, lot_id text))
            order by id for update`,
          [JSON.stringify(named)],
        )
      : []
    const serialIds = new Map(serials.map((row) => [`${row.lot_id}/${row.serial}`, row.id]))
    const rows = kept.map((scan) => ({
      id: scan.id,
      lot_id: scan.lot_id,
      serial_id: (scan.serial && serialIds.get(`${scan.lot_id}/${scan.serial}`)) || null,
      scanned_at: scan.at,
      region: scan.region ?? null,
      client: scan.client ?? null,
      device_class: scan.device_class,
      via: scan.via,
    }))
    // In id order too: a batch sent again while the first is still writing waits for it, never the other way round as well.
    const inserted = await manager.execute<StoredRow[]>(
      `insert into trace_scan (id, lot_id, serial_id, scanned_at, region, client, device_class, via)
       select id, lot_id, serial_id, scanned_at, region, client, device_class, via
         from jsonb_to_recordset(?::jsonb) as batch(id text, lot_id text, serial_id text, scanned_at timestamptz, region text, client text, device_class text, via text)
        order by id
       on conflict (id) do nothing
       returning id, serial_id, client, device_class, scanned_at`,
      [JSON.stringify(rows)],
    )
    const counted = await this.markCounted(manager, inserted)
    const tallies = tallyByUnit(inserted, counted)
    if (tallies.length) await this.countScans(manager, tallies)
    const standings = serials.length
      ? await manager.execute<SerialRow[]>(
          `select serial, scan_count, first_scanned_at, flagged_at, flag_reason, flag_cleared_at from trace_serial where id in (?) order by serial`,
          [serials.map((row) => row.id)],
        )
      : []
    return { stored: inserted.length, duplicates: kept.length - inserted.length, skipped: scans.length - kept.length, serials: standings.map(standing) }
  }

  /**
   * Which of the views just stored count (countsAsNew): the last counted view
   * of each (unit, client) they name is read once (the units' rows are locked,
   * so no other batch counts for them meanwhile), then the batch is walked in
   * time order. Marks them `counted` and returns their ids.
   */
  protected async markCounted(manager: EntityManager, inserted: StoredRow[]): Promise<Set<string>> {
    const candidates = inserted
      .filter((row) => row.serial_id && row.client && row.device_class !== "bot")
      .sort((a, b) => new Date(a.scanned_at).getTime() - new Date(b.scanned_at).getTime())
    if (!candidates.length) return new Set()
    const pairs = unique(candidates.map((row) => JSON.stringify({ serial_id: row.serial_id, client: row.client }))).map((pair) => JSON.parse(pair))
    const earlier = await manager.execute<{ serial_id: string; client: string; last_at: Date | string }[]>(
      `select serial_id, client, max(scanned_at) as last_at
         from trace_scan
        where counted and deleted_at is null
          and (serial_id, client) in (select serial_id, client from jsonb_to_recordset(?::jsonb) as p(serial_id text, client text))
        group by serial_id, client`,
      [JSON.stringify(pairs)],
    )
    const last = new Map(earlier.map((row) => [`${row.serial_id}/${row.client}`, new Date(row.last_at).getTime()]))
    const counted = new Set<string>()
    for (const row of candidates) {
      const key = `${row.serial_id}/${row.client}`
      const at = new Date(row.scanned_at).getTime()
      if (!countsAsNew({ at, bot: false, client: row.client }, last.get(key) ?? null, this.countWindowMs)) continue
      counted.add(row.id)
      last.set(key, at)
    }
    if (counted.size) await manager.execute(`update trace_scan set counted = true where id in (?)`, [[...counted]])
    return counted
  }

  /**
   * Adds the views that counted to their units' counts, then flags the units
   * whose counted scans now look copied (copyFlagReason on the distinct
   * clients and regions since the unit's flag was last cleared). A flag is
   * set once and cleared only by staff (clearFlag).
   */
  protected async countScans(manager: EntityManager, tallies: UnitTally[]) {
    const units = await manager.execute<CountedRow[]>(
      `update trace_serial s
          set scan_count = s.scan_count + n.counted,
              first_scanned_at = coalesce(s.first_scanned_at, n.first_counted_at),
              last_scanned_at = greatest(s.last_scanned_at, n.last_at),
              updated_at = now()
         from jsonb_to_recordset(?::jsonb) as n(serial_id text, counted int, first_counted_at timestamptz, last_counted_at timestamptz, last_at timestamptz)
        where s.id = n.serial_id
        returning s.id, s.scan_count, s.flagged_at, n.counted, n.last_counted_at`,
      [JSON.stringify(tallies)],
    )
    // Only counted views are evidence, and a flagged unit stays flagged.
    const open = units.filter((unit) => unit.counted > 0 && !unit.flagged_at)
    if (!open.length) return
    const evidence = await manager.execute<{ serial_id: string; clients: number; regions: number }[]>(
      `select c.serial_id, count(distinct c.client)::int as clients, count(distinct c.region)::int as regions
         from trace_scan c
         join trace_serial s on s.id = c.serial_id
        where c.serial_id in (?) and c.counted and c.deleted_at is null
          and (s.flag_cleared_at is null or c.scanned_at > s.flag_cleared_at)
        group by c.serial_id`,
      [open.map((unit) => unit.id)],
    )
    const evidenceOf = new Map(evidence.map((row) => [row.serial_id, row]))
    const flags = open.flatMap((unit) => {
      const found = evidenceOf.get(unit.id)
      const reason = copyFlagReason({ clients: found?.clients ?? 0, regions: found?.regions ?? 0 }, this.copyLimits)
      return reason ? [{ id: unit.id, at: unit.last_counted_at, reason }] : []
    })
    if (!flags.length) return
    await manager.execute(
      `update trace_serial s
          set flagged_at = f.at, flag_reason = f.reason, updated_at = now()
         from jsonb_to_recordset(?::jsonb) as f(id text, at timestamptz, reason text)
        where s.id = f.id and s.flagged_at is null`,
      [JSON.stringify(flags)],
    )
  }

  /** A unit's scans so far, or null when the lot has no such serial. Reads only. */
  async retrieveStanding(lotId: string, serial: string): Promise<SerialStanding | null> {
    const [row] = await this.listTraceSerials({ lot_id: lotId, serial }, { select: ["serial", "scan_count", "first_scanned_at", "flagged_at", "flag_reason", "flag_cleared_at"] })
    return row ? standing(row) : null
  }

  /**
   * Staff clear a wrongly raised copy flag: the unit is no longer flagged, and
   * only counted scans after now may raise it again. Null when the lot has no
   * such serial.
   */
  @InjectTransactionManager()
  async clearFlag(lotId: string, serial: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<SerialStanding | null> {
    const manager = sharedContext.transactionManager as EntityManager
    const [row] = await manager.execute<SerialRow[]>(
      `update trace_serial
          set flagged_at = null, flag_reason = null, flag_cleared_at = now(), updated_at = now()
        where lot_id = ? and serial = ? and deleted_at is null
        returning serial, scan_count, first_scanned_at, flagged_at, flag_reason, flag_cleared_at`,
      [lotId, serial],
    )
    return row ? standing(row) : null
  }
}

/** A stored event. */
type TraceEventRow = InferTypeOf<typeof TraceEvent>

/** A view as the insert returns it. */
type StoredRow = { id: string; serial_id: string | null; client: string | null; device_class: string; scanned_at: Date | string }

/** What one batch adds to one unit: its counted views, the first and last of them, and the last view of any kind. */
type UnitTally = { serial_id: string; counted: number; first_counted_at: string | null; last_counted_at: string | null; last_at: string }

function tallyByUnit(rows: StoredRow[], counted: Set<string>): UnitTally[] {
  const tallies = new Map<string, UnitTally>()
  for (const row of rows) {
    if (!row.serial_id) continue
    const at = new Date(row.scanned_at).toISOString()
    const tally = tallies.get(row.serial_id) ?? { serial_id: row.serial_id, counted: 0, first_counted_at: null, last_counted_at: null, last_at: at }
    if (at > tally.last_at) tally.last_at = at
    if (counted.has(row.id)) {
      tally.counted++
      if (!tally.first_counted_at || at < tally.first_counted_at) tally.first_counted_at = at
      if (!tally.last_counted_at || at > tally.last_counted_at) tally.last_counted_at = at
    }
    tallies.set(row.serial_id, tally)
  }
  return [...tallies.values()]
}

/** A unit as the count update leaves it, with what this batch added. */
type CountedRow = { id: string; scan_count: number; flagged_at: Date | null; counted: number; last_counted_at: Date | null }

type SerialRow = {
  serial: string
  scan_count: number
  first_scanned_at: Date | null
  flagged_at: Date | null
  flag_reason: string | null
  flag_cleared_at: Date | null
}

const unique = <T>(values: T[]) => [...new Set(values)]

function standing(row: SerialRow): SerialStanding {
  return {
    serial: row.serial,
    scan_count: Number(row.scan_count),
    first_scanned_at: row.first_scanned_at ? new Date(row.first_scanned_at) : null,
    flagged: row.flagged_at !== null,
    flag_reason: row.flag_reason,
    flag_cleared_at: row.flag_cleared_at ? new Date(row.flag_cleared_at) : null,
  }
}
