import type { ChainCheck } from "./chain.js";
import { type LotTextFacts, lotTextFacts } from "./lot-facts.js";
import type { Unit } from "./vocabulary.js";

/** Where an event happened: a name, and a place page or coordinates when known. */
/** Where an event happened: its name, and when known the place page, coordinates or GLN (GS1 Global Location Number). */
export type TraceLocation = { name: string; place_handle?: string | null; geo?: { lat: number; lng: number } | null; gln?: string | null };
/** An input or output of an event: what, how much, in which unit. */
export type QuantityItem = { material: string; label?: string; label_en?: string; quantity: number; uom: Unit };

/**
 * What anyone who scans a code may see of a lot: its facts and journey and
 * whether the chain holds. Not the lot's other serials (they are what makes a
 * copied code detectable) nor who recorded each event.
 */
export type PublicTrace = {
  lot: {
    id: string;
    product_id: string;
    variant_id: string;
    code: string;
    short_code: string;
    gtin: string | null;
    quantity: number;
    unit: string;
    place_handle: string | null;
    harvested_at: string | null;
    produced_at: string | null;
    packed_at: string | null;
    expires_at: string | null;
    standards: { code: string; reference?: string; issuer?: string }[];
  } & LotTextFacts;
  events: {
    id: string;
    seq: number;
    type: string;
    biz_step: string;
    disposition: string | null;
    event_time: string;
    time_zone_offset: string;
    read_point: TraceLocation | null;
    biz_location: TraceLocation | null;
    quantity: number | null;
    uom: string | null;
    inputs: QuantityItem[] | null;
    note: { vi: string; en?: string } | null;
    corrects_event_id: string | null;
    /** Set when a later event corrects this one. */
    corrected_by: string | null;
  }[];
  chain: ChainCheck;
};

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

// biome-ignore lint/suspicious/noExplicitAny: rows come from the generated list methods, typed loosely.
export function toPublicTrace(trace: { lot: any; events: any[]; chain: ChainCheck }): PublicTrace {
  const { lot, events, chain } = trace;
  const correctedBy = new Map(events.filter((e) => e.corrects_event_id).map((e) => [e.corrects_event_id, e.id]));
  return {
    lot: {
      id: lot.id,
      product_id: lot.product_id,
      variant_id: lot.variant_id,
      code: lot.code,
      short_code: lot.short_code,
      gtin: lot.gtin ?? null,
      quantity: Number(lot.quantity),
      unit: lot.unit,
      ...lotTextFacts(lot),
      place_handle: lot.place_handle ?? null,
      harvested_at: iso(lot.harvested_at),
      produced_at: iso(lot.produced_at),
      packed_at: iso(lot.packed_at),
      expires_at: iso(lot.expires_at),
      standards: lot.standards ?? [],
    },
    events: events.map((e) => ({
      id: e.id,
      seq: e.seq,
      type: e.type,
      biz_step: e.biz_step,
      disposition: e.disposition ?? null,
      event_time: iso(e.event_time) as string,
      time_zone_offset: e.time_zone_offset,
      read_point: e.read_point ?? null,
      biz_location: e.biz_location ?? null,
      quantity: e.quantity ?? null,
      uom: e.uom ?? null,
      inputs: e.inputs ?? null,
      note: e.note ?? null,
      corrects_event_id: e.corrects_event_id ?? null,
      corrected_by: correctedBy.get(e.id) ?? null,
    })),
    chain,
  };
}
