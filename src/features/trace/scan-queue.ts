import { SCAN_BATCH_MAX, SCAN_MAX_AGE_MS, type ScanRecord, type SerialStanding, type TraceScanBatchResponse } from "@ocop/core";
import type { ScanJournal, Segment } from "./scan-journal.ts";

/** What sending a batch can end in, besides a stored batch. */
export class BatchRefused extends Error {
  constructor(
    message: string,
    /** True when the batch itself is wrong (400): sending it again would fail the same way. */
    readonly invalid: boolean,
  ) {
    super(message);
  }
}

export type QueueOptions = {
  journal: ScanJournal;
  send: (scans: ScanRecord[]) => Promise<TraceScanBatchResponse>;
  /** Told each unit's standing once its views are stored, and how many of this process's views that included. */
  stored?: (standings: SerialStanding[], sent: ScanRecord[]) => void;
  /** A batch is sent at least this often while views wait… */
  intervalMs?: number;
  /** …and at once when this many wait. */
  flushAt?: number;
  log?: { warn: (message: string) => void; info: (message: string) => void };
  now?: () => number;
};

/**
 * The storefront's scan queue: a view is journaled and answered at once; a
 * timer sends what waits in batches (every `intervalMs`, or sooner at
 * `flushAt` views), one batch at a time, in order. When the backend is
 * unreachable the segments wait (on disk, and in memory) and are tried again,
 * less often the longer it lasts (up to every 30 s); nothing is dropped.
 */
export class ScanQueue {
  private readonly waiting: Segment[] = [];
  private sending: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private retryAt = 0;
  private readonly intervalMs: number;
  private readonly flushAt: number;
  private readonly log: NonNullable<QueueOptions["log"]>;
  private readonly now: () => number;

  constructor(private readonly options: QueueOptions) {
    this.intervalMs = options.intervalMs ?? 250;
    this.flushAt = Math.min(options.flushAt ?? 500, SCAN_BATCH_MAX);
    this.log = options.log ?? { warn: console.warn, info: console.info };
    this.now = options.now ?? Date.now;
  }

  /** Starts the timer and takes over the journal segments of storefronts that died. */
  start(): this {
    const orphans = this.options.journal.adoptOrphans();
    if (orphans.length) {
      const views = orphans.reduce((n, s) => n + s.scans.length, 0);
      this.log.info(`Sending ${views} scan(s) a stopped storefront left in its journal.`);
      this.waiting.push(...orphans);
    }
    this.timer ??= setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Queues one view; never waits and never throws. */
  add(scan: ScanRecord): void {
    this.options.journal.append(scan);
    if (this.options.journal.openCount >= this.flushAt) void this.flush();
  }

  /** Views not yet stored by the backend (open segment and waiting ones). */
  get pending(): number {
    return this.options.journal.openCount + this.waiting.reduce((n, s) => n + s.scans.length, 0);
  }

  /**
   * Seals the open segment and sends every waiting one, unless a send is
   * under way (that one is awaited) or the backend is being given a rest
   * after failures (`force` sends anyway: used at shutdown).
   */
  flush(force = false): Promise<void> {
    if (this.sending) return this.sending;
    const sealed = this.options.journal.seal();
    if (sealed) this.waiting.push(sealed);
    if (this.waiting.length === 0 || (!force && this.now() < this.retryAt)) return Promise.resolve();
    this.sending = this.sendWaiting().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  /** Stops the timer and sends what waits, giving up after `timeoutMs` (what is left stays in the journal). */
  async stop(timeoutMs = 5000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.race([this.flush(true).then(() => this.flush(true)), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
  }

  private async sendWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      const segment = this.waiting[0] as Segment;
      try {
        const scans = this.fresh(segment.scans);
        for (let i = 0; i < scans.length; i += SCAN_BATCH_MAX) {
          const batch = scans.slice(i, i + SCAN_BATCH_MAX);
          const answer = await this.options.send(batch);
          this.options.stored?.(answer.serials, batch);
        }
        this.options.journal.done(segment);
      } catch (error) {
        if (error instanceof BatchRefused && error.invalid) {
          this.log.warn(`The backend refused ${segment.scans.length} scan(s) as invalid (${error.message}); kept aside in ${segment.file ?? "memory"} and not sent again.`);
          this.options.journal.reject(segment);
          this.waiting.shift();
          continue;
        }
        this.failed(error);
        return;
      }
      this.waiting.shift();
      if (this.failures > 0) this.log.info(`Scans reach the backend again; ${this.pending} still waiting.`);
      this.failures = 0;
      this.retryAt = 0;
    }
  }

  /** The backend refuses a batch holding a view older than SCAN_MAX_AGE_MS (a journal found a month late): those are left out, and said. */
  private fresh(scans: ScanRecord[]): ScanRecord[] {
    const oldest = this.now() - SCAN_MAX_AGE_MS + 60_000;
    const kept = scans.filter((scan) => Date.parse(scan.at) >= oldest);
    if (kept.length < scans.length) this.log.warn(`Left out ${scans.length - kept.length} scan(s) older than the backend accepts.`);
    return kept;
  }

  private failed(error: unknown) {
    // One line when an outage starts, not one per attempt.
    if (this.failures === 0) this.log.warn(`Could not send scans to the backend (${(error as Error).message}); they wait in the journal and are sent when it answers.`);
    this.failures++;
    this.retryAt = this.now() + Math.min(30_000, this.intervalMs * 2 ** Math.min(this.failures, 10));
  }
}
