import type { ScanRecord, SerialStanding } from "@ocop/core";

type Known = { standing: SerialStanding; at: number; version: number };

/**
 * What a unit page says of its unit's scans, current to within a second
 * without a backend write on the page's path: the last standing the backend
 * gave (with each batch, or read at most once a second per unit) plus this
 * process's views of the unit that the backend has not stored yet.
 */
export class Standings {
  private readonly known = new Map<string, Known>();
  /** Views of each unit queued here and not yet stored, by scan id: when, and by which client. */
  private readonly waiting = new Map<string, Map<string, Waiting>>();
  private readonly reading = new Map<string, Promise<void>>();
  private version = 0;

  constructor(
    private readonly read: (lotId: string, serial: string) => Promise<SerialStanding | null>,
    private readonly options: { freshMs?: number; maxUnits?: number; now?: () => number } = {},
  ) {}

  /**
   * A view of a unit was queued. Bots and views without a client never count,
   * so they are not added; a client's views add one at most (the backend
   * counts a client once per window: it may count none of them).
   */
  queued(scan: ScanRecord): void {
    if (!scan.serial || scan.device_class === "bot" || !scan.client) return;
    const key = keyOf(scan.lot_id, scan.serial);
    const views = this.waiting.get(key) ?? new Map<string, Waiting>();
    views.set(scan.id, { at: Date.parse(scan.at), client: scan.client });
    this.waiting.set(key, views);
  }

  /** A batch was stored: the backend's standings replace what was known, and its views stop waiting. */
  stored(standings: SerialStanding[], sent: ScanRecord[]): void {
    const version = ++this.version;
    const lotOf = new Map<string, string>();
    for (const scan of sent) {
      if (!scan.serial) continue;
      lotOf.set(scan.serial, scan.lot_id);
      this.waiting.get(keyOf(scan.lot_id, scan.serial))?.delete(scan.id);
    }
    for (const standing of standings) {
      const lotId = lotOf.get(standing.serial);
      if (lotId) this.remember(keyOf(lotId, standing.serial), { standing, at: this.now(), version });
    }
    for (const [key, views] of this.waiting) if (views.size === 0) this.waiting.delete(key);
  }

  /**
   * The unit's standing as its page shows it; null when the lot has no such
   * unit. What the backend said is used for `freshMs` (a second); after that
   * it is read again before the page is answered (a unit viewed through this
   * storefront gets it back with each batch, so that is rare), and a failed
   * read is thrown: the page then says its scans cannot be checked.
   */
  async current(lotId: string, serial: string): Promise<SerialStanding | null> {
    const key = keyOf(lotId, serial);
    let known = this.known.get(key);
    if (!known || this.now() - known.at > (this.options.freshMs ?? 1000)) {
      await this.refresh(key, lotId, serial);
      known = this.known.get(key);
      if (!known) return null;
    }
    return withWaiting(known.standing, this.waiting.get(key));
  }

  private refresh(key: string, lotId: string, serial: string): Promise<void> {
    const running = this.reading.get(key);
    if (running) return running;
    const version = this.version;
    const done = this.read(lotId, serial)
      .then((standing) => {
        if (!standing) {
          this.known.delete(key);
          return;
        }
        // A batch stored while the read was under way may be missing from it: keep the batch's answer.
        const kept = this.known.get(key);
        if (kept && kept.version > version) return;
        this.remember(key, { standing, at: this.now(), version });
      })
      .finally(() => this.reading.delete(key));
    this.reading.set(key, done);
    return done;
  }

  private remember(key: string, known: Known) {
    this.known.delete(key);
    this.known.set(key, known);
    if (this.known.size > (this.options.maxUnits ?? 20_000)) {
      const oldest = this.known.keys().next().value;
      if (oldest !== undefined) this.known.delete(oldest);
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

type Waiting = { at: number; client: string };

function keyOf(lotId: string, serial: string): string {
  return `${lotId}\u0000${serial}`;
}

/** The backend's standing with the views it has not stored yet counted in, one per client. */
function withWaiting(standing: SerialStanding, views: Map<string, Waiting> | undefined): SerialStanding {
  if (!views || views.size === 0) return standing;
  const clients = new Set<string>();
  let earliest = Number.POSITIVE_INFINITY;
  for (const view of views.values()) {
    clients.add(view.client);
    if (view.at < earliest) earliest = view.at;
  }
  // Never counted before: its first scan is the earliest waiting one.
  const first = standing.first_scanned_at ?? new Date(earliest).toISOString();
  return { ...standing, scan_count: standing.scan_count + clients.size, first_scanned_at: first };
}
