import { describe, expect, it } from "vitest";
import { type ChainedContent, type ChainedEvent, canonicalJson, eventHash, verifyChain } from "./chain.js";

function content(seq: number, overrides: Partial<ChainedContent> = {}): ChainedContent {
  return {
    seq,
    event_id: `urn:uuid:00000000-0000-4000-8000-00000000000${seq}`,
    type: "ObjectEvent",
    action: "OBSERVE",
    biz_step: "packing",
    disposition: "in_progress",
    event_time: new Date(Date.UTC(2026, 9, seq, 3)),
    time_zone_offset: "+07:00",
    read_point: { name: "Xưởng chè", place_handle: "tan-cuong" },
    biz_location: null,
    serials: null,
    quantity: 100,
    uom: "H87",
    ilmd: null,
    inputs: null,
    outputs: null,
    note: { vi: "Đóng gói" },
    corrects_event_id: null,
    recorded_by: "seed:test",
    ...overrides,
  };
}

/** A chain built the way the module appends: each hash over the previous one. */
function chain(length: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  for (let seq = 1; seq <= length; seq++) {
    const prev = events.at(-1)?.hash ?? null;
    const c = content(seq);
    events.push({ ...c, prev_hash: prev, hash: eventHash(c, prev) });
  }
  return events;
}

describe("the trace event hash chain", () => {
  it("holds for events as they were appended", () => {
    expect(verifyChain(chain(5))).toEqual({ verified: true, events: 5 });
    expect(verifyChain([])).toEqual({ verified: true, events: 0 });
  });

  it("detects an edited event, naming where the chain breaks", () => {
    const events = chain(5);
    events[2] = { ...events[2], quantity: 90 };
    expect(verifyChain(events)).toEqual({ verified: false, events: 5, broken_at: 3 });
  });

  it("detects an edit even when the edited event's own hash is recomputed", () => {
    const events = chain(4);
    const edited = { ...events[1], read_point: { name: "Somewhere else" } };
    events[1] = { ...edited, hash: eventHash(edited, edited.prev_hash) };
    // The next event still links to the old hash.
    expect(verifyChain(events)).toMatchObject({ verified: false, broken_at: 3 });
  });

  it("detects a removed event and a swapped order", () => {
    const removed = chain(4);
    removed.splice(1, 1);
    expect(verifyChain(removed)).toMatchObject({ verified: false, broken_at: 3 });

    const swapped = chain(3);
    const [a, b] = [swapped[0], swapped[1]];
    swapped[0] = { ...b, seq: 1 };
    swapped[1] = { ...a, seq: 2 };
    expect(verifyChain(swapped).verified).toBe(false);
  });

  it("hashes dates and JSON the same however they come back (Date or string, any key order)", () => {
    const c = content(1);
    const asStored = { ...c, event_time: (c.event_time as Date).toISOString(), read_point: { place_handle: "tan-cuong", name: "Xưởng chè" } };
    expect(eventHash(asStored, null)).toBe(eventHash(c, null));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });
});
