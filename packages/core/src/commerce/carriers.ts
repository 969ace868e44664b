/**
 * The parcel carriers a producer picks when it ships, by a stable id. The
 * name is what producers and buyers read (it is kept on the fulfillment as
 * `metadata.carrier`); "other" takes the name the producer types.
 *
 * `tracking` is the carrier's public tracking page with the number appended,
 * only where its address pattern is known; elsewhere the buyer is given the
 * number to look up on the carrier's site.
 */
export const CARRIERS = {
  "viettel-post": { name: "Viettel Post", tracking: null },
  vnpost: { name: "VNPost", tracking: null },
  ghn: { name: "GHN (Giao Hàng Nhanh)", tracking: "https://donhang.ghn.vn/?order_code=" },
  ghtk: { name: "GHTK (Giao Hàng Tiết Kiệm)", tracking: null },
  "j-and-t": { name: "J&T Express", tracking: null },
  "ninja-van": { name: "Ninja Van", tracking: null },
} as const satisfies Record<string, { name: string; tracking: string | null }>;
export type KnownCarrier = keyof typeof CARRIERS;
/** A carrier not in the list: its name is typed. */
export const OTHER_CARRIER = "other";
export type CarrierId = KnownCarrier | typeof OTHER_CARRIER;
/** In the order the ship form offers them, "other" last. */
export const CARRIER_IDS: readonly CarrierId[] = [...(Object.keys(CARRIERS) as KnownCarrier[]), OTHER_CARRIER];

/** A tracking number as carriers print them: letters, digits, "-" and "_", at most 40. */
export const TRACKING_NUMBER = /^[A-Za-z0-9_-]{1,40}$/;

export function isCarrierId(value: string): value is CarrierId {
  return value === OTHER_CARRIER || Object.hasOwn(CARRIERS, value);
}

/** The name shown for a shipment: the listed carrier's, or the one typed for "other". */
export function carrierName(id: CarrierId, typed = ""): string {
  return id === OTHER_CARRIER ? typed.trim() : CARRIERS[id].name;
}

/** The carrier's public tracking page for this number, or "" when its pattern is not known. */
export function trackingUrlOf(id: CarrierId, trackingNumber: string): string {
  const base = id === OTHER_CARRIER ? null : CARRIERS[id].tracking;
  return base ? `${base}${encodeURIComponent(trackingNumber)}` : "";
}
