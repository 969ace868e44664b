import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { newScanId, type ScanRecord } from "@ocop/core";

/**
 * Views of trace pages on their way to the backend. A view is written to this
 * process's journal segment before its page is answered (one small append;
 * the bytes are in the operating system once `writeSync` returns), then sent
 * with the others of its segment in one batch. A segment is deleted only once
 * the backend has stored it, and a storefront that starts adopts the segments
 * of one that died, so a crash of the storefront (even SIGKILL) loses no view;
 * every view has its own id, so one sent twice is stored once. What the
 * machine itself loses on a power cut is what its disk had not yet written.
 *
 * Segment files: `<dir>/<pid>-<instance>-<n>.jsonl`, one ScanRecord per line.
 */
export type Segment = {
  /** The journal file, or null when it could not be written (the views are then only in memory). */
  file: string | null;
  scans: ScanRecord[];
};

/** This process among others that share the folder: random, since a restarted container may reuse a pid. */
const INSTANCE = newScanId().slice(-10);

export class ScanJournal {
  private current: { file: string | null; fd: number | null; scans: ScanRecord[] } | null = null;
  private sequence = 0;
  private failed = false;

  constructor(
    readonly dir: string,
    private readonly warn: (message: string) => void = console.warn,
  ) {}

  /** Appends a view to the open segment (opening one when there is none). */
  append(scan: ScanRecord): void {
    this.current ??= this.open();
    this.current.scans.push(scan);
    if (this.current.fd === null) return;
    try {
      writeSync(this.current.fd, `${JSON.stringify(scan)}\n`);
    } catch (error) {
      this.diskFailed(error);
      closeQuietly(this.current.fd);
      this.current.fd = null;
    }
  }

  /** How many views the open segment holds. */
  get openCount(): number {
    return this.current?.scans.length ?? 0;
  }

  /** Closes the open segment and hands it over for sending; null when it is empty. */
  seal(): Segment | null {
    const sealed = this.current;
    this.current = null;
    if (!sealed || sealed.scans.length === 0) return null;
    if (sealed.fd !== null) closeQuietly(sealed.fd);
    return { file: sealed.file, scans: sealed.scans };
  }

  /** The backend has stored a segment: its file goes. */
  done(segment: Segment): void {
    if (segment.file) unlinkQuietly(segment.file);
  }

  /** The backend refused a segment as invalid: its file is kept aside (`.rejected`) for a person to read, never sent again. */
  reject(segment: Segment): void {
    if (!segment.file) return;
    try {
      renameSync(segment.file, `${segment.file}.rejected`);
    } catch {
      // Already gone: nothing to keep.
    }
  }

  /**
   * Segments left by storefront processes that are no longer running (this
   * folder may be shared by several instances on one machine): read back for
   * sending. A last line cut short by the crash is left out.
   */
  adoptOrphans(): Segment[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const orphans: Segment[] = [];
    for (const name of names.sort()) {
      const match = /^(\d+)-([0-9A-Z]+)-\d+\.jsonl$/.exec(name);
      if (!match || match[2] === INSTANCE || isRunning(Number(match[1]))) continue;
      const file = path.join(this.dir, name);
      const scans = readSegment(file);
      if (scans.length === 0) unlinkQuietly(file);
      else orphans.push({ file, scans });
    }
    return orphans;
  }

  private open(): { file: string | null; fd: number | null; scans: ScanRecord[] } {
    const file = path.join(this.dir, `${process.pid}-${INSTANCE}-${String(++this.sequence).padStart(8, "0")}.jsonl`);
    try {
      mkdirSync(this.dir, { recursive: true });
      const fd = openSync(file, "a");
      this.failed = false;
      return { file, fd, scans: [] };
    } catch (error) {
      this.diskFailed(error);
      return { file: null, fd: null, scans: [] };
    }
  }

  private diskFailed(error: unknown) {
    if (this.failed) return;
    this.failed = true;
    this.warn(`The scan journal in ${this.dir} cannot be written (${(error as Error).message}); views are kept in memory until it can.`);
  }
}

/** The views a segment file holds; lines that do not parse (a write cut short) are skipped. */
export function readSegment(file: string): ScanRecord[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const scans: ScanRecord[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    try {
      const scan = JSON.parse(line) as ScanRecord;
      if (typeof scan?.id === "string" && typeof scan.lot_id === "string") scans.push(scan);
    } catch {
      // A torn last line: the view it held was never answered.
    }
  }
  return scans;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function closeQuietly(fd: number) {
  try {
    closeSync(fd);
  } catch {
    // Closing a file that failed to write: nothing more to do.
  }
}

function unlinkQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
