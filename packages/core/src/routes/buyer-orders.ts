import type { HandOver, OrderStage } from "../commerce/order-status.js";

/** One producer's hand-over of its lines: a parcel with a carrier and tracking, or a pick-up at the showroom. */
export type BuyerShipment = {
  id: string;
  producer_name: string | null;
  /** The producer's English name, for /en; null: its Vietnamese name. */
  producer_name_en: string | null;
  mode: HandOver;
  carrier: string | null;
  tracking_number: string | null;
  /** Only an http(s) link the carrier gave; null when none is known. */
  tracking_url: string | null;
  shipped_at: string | null;
  delivered_at: string | null;
  /** Each line handed over: the order line it belongs to (for its name in the buyer's language) and how many. */
  items: { line_item_id: string | null; title: string; quantity: number }[];
};

/** Where one order stands, for its buyer. */
export type BuyerOrderStatus = {
  stage: OrderStage;
  by_transfer: boolean;
  paid: boolean;
  placed_at: string;
  /** Each producer's shipment, oldest first; cancelled ones are left out. */
  shipments: BuyerShipment[];
};

/** GET /store/ocop/orders/:id/status: answered like GET /store/orders/:id (the order's proof, or its customer). */
export type StoreOrderStatusResponse = { status: BuyerOrderStatus };

/** GET /store/ocop/customer/orders: the logged-in customer's orders with their stage, newest first. */
export type StoreCustomerOrdersResponse = {
  orders: { id: string; number: number; created_at: string; total: number; stage: OrderStage }[];
};

/** GET /store/ocop/customer/email-verification: whether the customer proved their e-mail (guest orders join only then). */
export type StoreEmailVerificationResponse = { email: string; verified: boolean };

/** POST /store/ocop/customer/email-verification { locale }: the language of the page the link opens. */
export type StoreSendVerificationBody = { locale?: "vi" | "en" };

/** POST /store/ocop/customer/email-verification: a link was sent (or one was sent a moment ago). */
export type StoreEmailVerificationSentResponse = { sent: true };

/** POST /store/ocop/email-verification/confirm { token }: the e-mail is proved; its guest orders joined the account. */
export type StoreEmailVerifyBody = { token: string };
export type StoreEmailVerifyResponse = { email: string; attached: number };
