/**
 * The orders placed on this device, as the `ocop_orders` cookie keeps them:
 * "id.proof" entries, newest first, each signed with the order's proof
 * (@ocop/core/order-proof). Pure format; device.server.ts reads and writes it.
 */
export type DeviceOrder = { id: string; proof: string };

/** How many confirmations a device keeps. */
export const DEVICE_ORDERS_KEPT = 10;

/** The entries of a cookie value whose proof holds; unsigned, forged or damaged entries are dropped. */
export function readDeviceOrders(value: string | undefined, holds: (id: string, proof: string) => boolean): DeviceOrder[] {
  return (value ?? "").split(",").flatMap((entry) => {
    const dot = entry.lastIndexOf(".");
    if (dot <= 0) return [];
    const order = { id: entry.slice(0, dot), proof: entry.slice(dot + 1) };
    return holds(order.id, order.proof) ? [order] : [];
  });
}

/** The cookie value with `latest` first and at most DEVICE_ORDERS_KEPT entries. */
export function writeDeviceOrders(latest: DeviceOrder, earlier: DeviceOrder[]): string {
  return [latest, ...earlier.filter((o) => o.id !== latest.id)]
    .slice(0, DEVICE_ORDERS_KEPT)
    .map((o) => `${o.id}.${o.proof}`)
    .join(",");
}
