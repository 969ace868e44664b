type Dated = { produced_at?: Date | string | null; packed_at?: Date | string | null; harvested_at?: Date | string | null; created_at: Date | string }

/**
 * When a lot was made, as the producer reads its list: its production date,
 * else its packing date, else its harvest date (the dates the producer
 * declared), else the day it was entered.
 */
export function productionDate(lot: Dated): number {
  return new Date(lot.produced_at ?? lot.packed_at ?? lot.harvested_at ?? lot.created_at).getTime()
}

/** Lots by production date, newest first; lots made the same day, the later entered first. */
export function byProductionDate<T extends Dated>(lots: readonly T[]): T[] {
  return [...lots].sort((a, b) => productionDate(b) - productionDate(a) || new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
}
