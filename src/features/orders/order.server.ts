import { FetchError } from "@medusajs/js-sdk";
import { type StoreOrderPaymentResponse, visitDateOf } from "@ocop/core";
import { ORDER_PROOF_HEADER } from "@ocop/core/order-proof";
import type { AstroCookies } from "astro";
import QRCode from "qrcode";
import { sdk } from "../../lib/medusa/sdk.server.ts";
import { retrieveOrderPayment } from "../../lib/medusa/store.server.ts";
import { sessionToken } from "../account/session.server.ts";
import { type Adjustment, type RawTotals, readTotals, TOTALS_FIELDS, type Totals } from "../cart/totals.ts";
import { deviceOrderProof } from "./device.server.ts";
import { type OrderStatus, retrieveOrderStatus } from "./status.server.ts";

/** How an order is paid, as the backend tells it. */
export type PaymentInfo = StoreOrderPaymentResponse["payment"];

export type PlacedOrder = {
  id: string;
  number: number;
  email: string | null;
  /** The money lines, read from Medusa's totals; `totals.total` is what the order charges. */
  totals: Totals;
  /** Each line's amount is before discounts (price × quantity, without tax). */
  items: { id: string; title: string; subtitle: string | null; productHandle: string | null; quantity: number; subtotal: number; visitDate: string | null }[];
  address: { first_name?: string | null; address_1?: string | null; city?: string | null; province?: string | null; phone?: string | null } | null;
  payment: PaymentInfo;
  /** The VietQR code as inline SVG, for the transfer. */
  qrSvg: string | null;
  /** Where the order stands and each producer's shipment. */
  status: OrderStatus;
};

type RawOrder = Omit<RawTotals, "items"> & {
  id: string;
  display_id: number;
  email: string | null;
  customer_id: string | null;
  items?: {
    id: string;
    title: string;
    subtitle: string | null;
    product_handle?: string | null;
    quantity: number;
    subtotal: number;
    metadata: Record<string, unknown> | null;
    adjustments?: Adjustment[];
  }[];
  shipping_address: PlacedOrder["address"];
};

/**
 * What lets this viewer read the order on the backend: the proof kept by the
 * device that placed it, else the logged-in customer's token (the backend
 * answers only the customer the order belongs to). Null: nothing to ask with.
 */
function orderAccess(cookies: AstroCookies, id: string): Record<string, string> | null {
  const proof = deviceOrderProof(cookies, id);
  if (proof) return { [ORDER_PROOF_HEADER]: proof };
  const token = sessionToken(cookies);
  return token ? { Authorization: `Bearer ${token}` } : null;
}

/**
 * An order for its confirmation page: only on the device that placed it, or
 * for the customer it belongs to. Null otherwise, as for an unknown id.
 */
export async function orderForViewer(cookies: AstroCookies, id: string): Promise<PlacedOrder | null> {
  const access = orderAccess(cookies, id);
  if (!access) return null;
  let raw: RawOrder;
  try {
    const { order } = await sdk.store.order.retrieve(
      id,
      { fields: ["id,display_id,email,customer_id,*items,items.subtotal,*shipping_address,*shipping_methods", ...TOTALS_FIELDS].join(",") },
      access,
    );
    raw = order as unknown as RawOrder;
  } catch (error) {
    // 404: not this viewer's order (or none); 401: a session that has ended.
    if (error instanceof FetchError && (error.status === 404 || error.status === 401)) return null;
    throw error;
  }
  const [payment, status] = await Promise.all([retrieveOrderPayment(raw.id, access), retrieveOrderStatus(raw.id, access)]);
  const qrSvg = payment.instructions?.payload ? await QRCode.toString(payment.instructions.payload, { type: "svg", errorCorrectionLevel: "M", margin: 4 }) : null;
  return {
    id: raw.id,
    number: raw.display_id,
    email: raw.email,
    totals: readTotals(raw),
    items: (raw.items ?? []).map((i) => ({
      id: i.id,
      title: i.title,
      subtitle: i.subtitle,
      productHandle: i.product_handle ?? null,
      quantity: Number(i.quantity),
      subtotal: Number(i.subtotal),
      visitDate: visitDateOf(i.metadata),
    })),
    address: raw.shipping_address,
    payment,
    qrSvg,
    status,
  };
}
