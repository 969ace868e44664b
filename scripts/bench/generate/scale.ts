/**
 * What a national OCOP catalogue holds, and how much of it a scale factor
 * asks for. National figures: about 16,000 certified products from 6,500
 * producers (the programme's 2025 totals, rounded up), with a year of lots,
 * their trace events and consumers' scans.
 */
export const NATIONAL = {
  products: 16_000,
  producers: 6_500,
  lots: 200_000,
  events: 2_000_000,
  scans: 10_000_000,
} as const;

/** Every fifth lot carries unit serials, this many each (the rest are traced by lot only). */
export const SERIALS_PER_SERIALISED_LOT = 20;
export const SERIALISED_LOT_EVERY = 5;

export type Counts = { [K in keyof typeof NATIONAL]: number } & { serials: number };

/** The counts at `scale` (1 = national), each at least 1; events stay about ten per lot. */
export function countsAt(scale: number): Counts {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) {
    throw new RangeError(`The scale must be above 0 and at most 1 (1 is the national catalogue), not ${scale}.`);
  }
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  const lots = at(NATIONAL.lots);
  return {
    products: at(NATIONAL.products),
    producers: at(NATIONAL.producers),
    lots,
    events: eventsPerLot(lots).reduce((sum, n) => sum + n, 0),
    scans: at(NATIONAL.scans),
    serials: Math.ceil(lots / SERIALISED_LOT_EVERY) * SERIALS_PER_SERIALISED_LOT,
  };
}

/** Events of the n-th lot: 6 to 14, ten on average, so journeys differ in length. */
export function eventCount(lot: number): number {
  return 6 + (lot % 9);
}

function eventsPerLot(lots: number): number[] {
  return Array.from({ length: lots }, (_, n) => eventCount(n));
}
