import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { newScanId, type ScanRecord, type TraceScanBatchResponse } from "@ocop/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ScanJournal } from "./scan-journal.ts";
import { BatchRefused, ScanQueue } from "./scan-queue.ts";
import { Standings } from "./standings.ts";

const quiet = { warn: () => {}, info: () => {} };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "scan-journal-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

let clients = 0;
/** A view by a client of its own unless `client` is given. */
function view(serial?: string, device: ScanRecord["device_class"] = "mobile", client = `client-${++clients}`): ScanRecord {
  return { id: newScanId(), lot_id: "lot_1", ...(serial ? { serial } : {}), client, device_class: device, via: "gs1", at: new Date().toISOString() };
}

/** A backend that stores each id once and counts a unit's non-bot views, like the real one. */
function fakeBackend() {
  const rows = new Map<string, ScanRecord>();
  let down = false;
  let calls = 0;
  const send = async (scans: ScanRecord[]): Promise<TraceScanBatchResponse> => {
    calls++;
    if (down) throw new Error("connect ECONNREFUSED");
    let stored = 0;
    for (const scan of scans) {
      if (rows.has(scan.id)) continue;
      rows.set(scan.id, scan);
      stored++;
    }
    const serials = [...new Set(scans.map((s) => s.serial).filter(Boolean))].map((serial) => ({
      serial: serial as string,
      scan_count: [...rows.values()].filter((r) => r.serial === serial && r.device_class !== "bot").length,
      first_scanned_at: null,
      flagged: false,
      flag_reason: null,
      flag_cleared_at: null,
    }));
    return { stored, duplicates: scans.length - stored, skipped: 0, serials };
  };
  return {
    rows,
    send,
    get calls() {
      return calls;
    },
    set down(value: boolean) {
      down = value;
    },
  };
}

describe("the scan queue", () => {
  it("journals each view, sends them in one batch and deletes the segment once stored", async () => {
    const backend = fakeBackend();
    const queue = new ScanQueue({ journal: new ScanJournal(dir, quiet.warn), send: backend.send, log: quiet });
    for (let i = 0; i < 5; i++) queue.add(view());
    const [segment] = readdirSync(dir);
    expect(
      readFileSync(path.join(dir, segment as string), "utf8")
        .trim()
        .split("\n"),
    ).toHaveLength(5);
    expect(backend.rows.size).toBe(0);
    await queue.flush();
    expect(backend.calls).toBe(1);
    expect(backend.rows.size).toBe(5);
    expect(readdirSync(dir)).toEqual([]);
    expect(queue.pending).toBe(0);
  });

  it("sends at once when `flushAt` views wait", async () => {
    const backend = fakeBackend();
    const queue = new ScanQueue({ journal: new ScanJournal(dir, quiet.warn), send: backend.send, flushAt: 3, log: quiet });
    for (let i = 0; i < 3; i++) queue.add(view());
    await queue.flush();
    expect(backend.calls).toBe(1);
    expect(backend.rows.size).toBe(3);
  });

  it("keeps every view while the backend is down and sends them, once each, when it is back", async () => {
    const backend = fakeBackend();
    let now = 0;
    const queue = new ScanQueue({ journal: new ScanJournal(dir, quiet.warn), send: backend.send, log: quiet, now: () => now });
    backend.down = true;
    queue.add(view());
    await queue.flush();
    queue.add(view());
    await queue.flush(); // resting after the failure: not even tried
    expect(backend.calls).toBe(1);
    expect(queue.pending).toBe(2);
    expect(readdirSync(dir)).toHaveLength(2);
    backend.down = false;
    now += 60_000;
    await queue.flush();
    expect(backend.rows.size).toBe(2);
    expect(queue.pending).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("sets aside a batch the backend calls invalid and goes on with the next", async () => {
    let first = true;
    const backend = fakeBackend();
    const send = async (scans: ScanRecord[]) => {
      if (first) {
        first = false;
        throw new BatchRefused("400 bad", true);
      }
      return backend.send(scans);
    };
    const queue = new ScanQueue({ journal: new ScanJournal(dir, quiet.warn), send, log: quiet });
    queue.add(view());
    await queue.flush();
    queue.add(view());
    await queue.flush();
    expect(backend.rows.size).toBe(1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".rejected"))).toHaveLength(1);
  });

  it("never sends more than a batch may carry, even when views pile up behind a slow send", async () => {
    const backend = fakeBackend();
    const sizes: number[] = [];
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const queue = new ScanQueue({
      journal: new ScanJournal(dir, quiet.warn),
      send: async (scans) => {
        sizes.push(scans.length);
        await slow;
        return backend.send(scans);
      },
      log: quiet,
    });
    queue.add(view());
    const sending = queue.flush();
    for (let i = 0; i < 2499; i++) queue.add(view());
    release();
    await sending;
    await queue.flush();
    expect(sizes).toEqual([1, 1000, 1000, 499]);
    expect(backend.rows.size).toBe(2500);
  });
});

describe("a stopped storefront's journal", () => {
  it("is adopted and sent by the next one; a last line cut short is skipped, and a view sent twice is stored once", async () => {
    const backend = fakeBackend();
    const kept = [view("S1"), view("S1")];
    // A process that no longer runs (pid 0 is never a user process) left a segment with a torn last line.
    const file = path.join(dir, "999999999-DEADBEEF-00000001.jsonl");
    writeFileSync(file, `${kept.map((s) => JSON.stringify(s)).join("\n")}\n{"id":"scan_`);
    // One of its views had reached the backend before the crash.
    await backend.send([kept[0] as ScanRecord]);
    const queue = new ScanQueue({ journal: new ScanJournal(dir, quiet.warn), send: backend.send, log: quiet }).start();
    expect(queue.pending).toBe(2);
    await queue.stop();
    expect(backend.rows.size).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("of a running process is left alone", () => {
    const file = path.join(dir, `${process.ppid}-OTHER-00000001.jsonl`);
    writeFileSync(file, `${JSON.stringify(view())}\n`);
    expect(new ScanJournal(dir, quiet.warn).adoptOrphans()).toEqual([]);
  });

  it("that cannot be written keeps views in memory and says so once", async () => {
    const warnings: string[] = [];
    const blocked = path.join(dir, "not-a-folder");
    writeFileSync(blocked, "");
    const backend = fakeBackend();
    const queue = new ScanQueue({ journal: new ScanJournal(blocked, (m) => warnings.push(m)), send: backend.send, log: quiet });
    queue.add(view());
    queue.add(view());
    await queue.flush();
    expect(backend.rows.size).toBe(2);
    expect(warnings).toHaveLength(1);
  });
});

describe("a unit's standing", () => {
  const standing = (count: number) => ({ serial: "S1", scan_count: count, first_scanned_at: "2026-12-01T00:00:00.000Z", flagged: false, flag_reason: null, flag_cleared_at: null });

  it("counts this process's views the backend has not stored yet, and stops counting them once stored", async () => {
    let reads = 0;
    const standings = new Standings(async () => {
      reads++;
      return standing(4);
    });
    const first = view("S1");
    standings.queued(first);
    expect((await standings.current("lot_1", "S1"))?.scan_count).toBe(5);
    standings.queued(view("S1"));
    standings.queued(view("S1", "bot"));
    expect((await standings.current("lot_1", "S1"))?.scan_count).toBe(6);
    standings.stored([standing(5)], [first]);
    expect((await standings.current("lot_1", "S1"))?.scan_count).toBe(6);
    expect(reads).toBe(1);
  });

  it("adds one client's waiting views once, and none without a client", async () => {
    const standings = new Standings(async () => standing(4));
    for (let i = 0; i < 5; i++) standings.queued(view("S1", "mobile", "same-client"));
    standings.queued({ ...view("S1"), client: undefined });
    expect((await standings.current("lot_1", "S1"))?.scan_count).toBe(5);
  });

  it("reads the backend again once what it knows is over a second old, and says so when it cannot", async () => {
    let now = 0;
    let count: number | null = 1;
    const standings = new Standings(
      async () => {
        if (count === null) throw new Error("backend down");
        return standing(count);
      },
      { now: () => now },
    );
    expect((await standings.current("lot_1", "S1"))?.scan_count).toBe(1);
    count = 7; // views through another storefront
    now += 500;
    expect((await standings.current("lot_1", "S1"))?.scan_count).toBe(1);
    now += 600;
    expect((await standings.current("lot_1", "S1"))?.scan_count).toBe(7);
    count = null;
    now += 1100;
    await expect(standings.current("lot_1", "S1")).rejects.toThrow("backend down");
  });

  it("is null for a unit the lot does not have, and a failed first read is thrown", async () => {
    expect(await new Standings(async () => null).current("lot_1", "NOPE")).toBeNull();
    await expect(new Standings(() => Promise.reject(new Error("down"))).current("lot_1", "S1")).rejects.toThrow("down");
  });
});
