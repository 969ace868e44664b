import type { EntityType } from "../ocop/producers.js";
import type { CertificateStatus } from "../ocop/rules.js";
import type { ProducerContact } from "./ocop.js";
import type { Instant } from "./wire.js";

/**
 * The producer portal's API (/producer/*), as the backend answers it and the
 * storefront calls it. Bodies match the zod schemas in
 * backend/src/api/producer/validators.ts (checked there).
 */

// ── Requests ──────────────────────────────────────────────────────────────

/** POST /producer/products/:id — texts, story, prices, stock live; title and product set go to review. */
export type ProducerProductBody = {
  title?: string;
  title_en?: string;
  description?: string;
  description_en?: string;
  story_vi?: string;
  story_en?: string;
  product_set?: string;
  variants?: { id: string; price_vnd?: number; stock?: number /** "" clears it. */; title_en?: string }[];
};
/** POST /producer/products — a new product, a draft until the trade department approves it. */
export type NewProducerProductBody = { title: string; description?: string; product_set: string; variant_title: string; price_vnd: number; stock: number };
/** POST /producer/products/:id/images — a JPEG, PNG or WebP as taken (base64); the backend checks, resizes and re-encodes it. */
export type ProducerImageBody = { filename: string; content_base64: string };
/** POST /producer/me — contact and story live; a new legal name goes to review. */
export type ProducerProfileBody = {
  legal_name?: string /** The name in English, live (a translation, not a new legal name); "" clears it. */;
  legal_name_en?: string;
  phone?: string;
  address?: string;
  story_vi?: string;
  story_en?: string /** Its GLN; "" clears it. */;
  gln?: string;
};
/** POST /producer/register — an invitation's token, or the producer to join (pending approval). */
export type ProducerRegisterBody = { first_name: string; last_name?: string; phone?: string; invite_token?: string; producer_handle?: string; message?: string };
/** POST /producer/orders/:id/ship */
export type ProducerShipBody = { mode: "shipped" | "ready_for_pickup"; tracking_number?: string; carrier?: string };

// ── Records ───────────────────────────────────────────────────────────────

export type PortalVariant = {
  id: string;
  title: string;
  /** Its title in English (ocop_product.variant_titles_en), or null. */
  title_en: string | null;
  sku: string | null;
  price_vnd: number | null;
  stock: number | null;
  reserved: number | null;
  inventory_item_id: string | null;
  location_id: string | null;
};
/** A producer's product as the portal edits it. */
export type PortalProduct = {
  id: string;
  handle: string;
  title: string;
  status: string;
  description: string | null;
  thumbnail: string | null;
  ocop: {
    id: string;
    product_set: string;
    title_en: string | null;
    description_en: string | null;
    story_vi: string | null;
    story_en: string | null;
    variant_titles_en?: Record<string, string> | null;
    place_id: string;
    producer_id: string;
  } | null;
  variants: PortalVariant[];
};

export type PortalOrderLine = { id: string; title: string; subtitle: string | null; quantity: number; fulfilled: number; shipped: number; visit_date: string | null };
/** An order as one producer sees it: only its own lines, with what is left to fulfil. */
export type PortalOrder = {
  id: string;
  number: number;
  created_at: string;
  email: string | null;
  address: Record<string, string | null> | null;
  shipping_method: string | null;
  payment_provider: string | null;
  paid: boolean;
  /** Every line of the order is this producer's (then it may confirm the payment itself). */
  only_producer: boolean;
  lines: PortalOrderLine[];
};

export type ProducerUserStatus = "invited" | "pending" | "active" | "suspended";
export type ProducerReviewKind = "new_product" | "product_title" | "product_set" | "producer_name";
export type ProducerReviewStatus = "open" | "approved" | "rejected";
/** A request waiting for (or decided by) the trade department. */
export type ProducerReview = {
  id: string;
  producer_id: string;
  producer_user_id: string;
  kind: ProducerReviewKind;
  product_id: string | null;
  current_value: string | null;
  proposed_value: string | null;
  status: ProducerReviewStatus;
  decided_at: Instant | null;
  decided_by: string | null;
  reason: string | null;
  created_at: Instant;
};
/** The logged-in person of a producer. */
export type ProducerSelf = { id: string; email: string; first_name: string; last_name: string | null; phone: string | null; status: ProducerUserStatus };
/** A producer's own record, as its portal edits it. */
export type ProducerProfile = {
  id: string;
  handle: string;
  legal_name: string;
  legal_name_en: string | null;
  entity_type: EntityType;
  place_id: string;
  /** Its GLN (GS1 Global Location Number), when it has one: the portal offers it as the place of its trace events. */
  gln: string | null;
} & ProducerContact;

// ── Responses ─────────────────────────────────────────────────────────────

/** GET /producer/me — a pending account sees only its producer's name and no reviews. */
export type ProducerMeResponse = { user: ProducerSelf; producer: ProducerProfile | Pick<ProducerProfile, "id" | "legal_name">; reviews: ProducerReview[] };
/** POST /producer/me */
export type ProducerMeUpdateResponse = { producer: ProducerProfile; pending_review: "legal_name"[] };
/** POST /producer/register (201) */
export type ProducerRegisterResponse = { user: { id: string; email: string; status: ProducerUserStatus } };

/** GET /producer/dashboard — what needs the producer's attention. */
export type ProducerDashboardResponse = {
  low_stock: { product_id: string; title: string; variant: string; available: number }[];
  certificates: { product_id: string; title: string; stars: number; expires_at: Instant; status: CertificateStatus }[];
  expiring_soon_days: number;
  copy_warnings: { serial: string; lot_code: string | undefined; scan_count: number; reason: string | null }[];
  recent_scans: { lot_code: string | undefined; scanned_at: Instant; region: string | null; device_class: string }[];
  orders_to_fulfil: PortalOrder[];
  products: number;
};

/** GET /producer/products */
export type ProducerProductsResponse = { products: PortalProduct[] };
/** GET /producer/products/:id */
export type ProducerProductResponse = { product: PortalProduct };
/** POST /producer/products/:id — what went live, and what waits for review. */
export type ProducerProductUpdateResponse = { product: PortalProduct; pending_review: ("title" | "product_set")[] };
/** POST /producer/products (201) */
export type ProducerProductCreateResponse = { product: PortalProduct; pending_review: ["new_product"] };
/** POST /producer/products/:id/images (201) */
export type ProducerImageResponse = { url: string };

/** GET /producer/orders — orders with the producer's own lines (only those lines). */
export type ProducerOrdersResponse = { orders: PortalOrder[] };
/** POST /producer/orders/:id/ship */
export type ProducerShipResponse = { order: PortalOrder; mode: ProducerShipBody["mode"] };
/** POST /producer/orders/:id/confirm-payment */
export type ProducerConfirmPaymentResponse = { order: PortalOrder };

/**
 * The producer's lots: GET/POST /producer/lots, GET /producer/lots/:id,
 * POST …/events and …/serials answer as their /admin/trace twins
 * (TraceLotsResponse, CreateLotResponse, TraceLotResponse, TraceEventResponse, TraceSerialsResponse).
 */
