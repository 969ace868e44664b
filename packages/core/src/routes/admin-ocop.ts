import type { FieldProblem } from "../errors.js";
import type { EntityType } from "../ocop/producers.js";
import type { CertificateStatus } from "../ocop/rules.js";
import type { StoreCampaign } from "./campaigns.js";
import type { Instant } from "./wire.js";

/**
 * The trade department's OCOP API (/admin/ocop/*): certificates and their
 * bulk import, OCOP records of products, campaign pages, the program
 * dashboard. Bodies match backend/src/api/admin/ocop/validators.ts (checked there).
 */

// ── Requests ──────────────────────────────────────────────────────────────

/** A decision's certificate fields. Numbers may come as typed in a form: the backend coerces them. */
export type CertificateFields = {
  stars: number | string;
  score: number | string;
  decision_number: string;
  /** YYYY-MM-DD */
  decision_date: string;
  issuer: string;
  /** The issuer in English; "" or absent: none. */
  issuer_en?: string;
  issuer_level: string;
  criteria_set: string;
  /** YYYY-MM-DD; the law's term from the decision date when absent. */
  expires_at?: string;
};
/** POST /admin/ocop/certificates */
export type CreateCertificateBody = CertificateFields & { product_id: string };
/** POST /admin/ocop/certificates/:id/renew */
export type RenewCertificateBody = CertificateFields;
/** POST /admin/ocop/certificates/:id/revoke */
export type RevokeCertificateBody = { reason: string };
/** GET /admin/ocop/certificates */
/**
 * GET /admin/ocop/certificates: `q` finds certificates by product (title or handle), producer,
 * decision number or certificate id, and returns every certificate of the products found (their
 * history); `expiring_within_days` lists valid ones expiring soon.
 */
export type ListCertificatesQuery = { expiring_within_days?: number | string; q?: string };
/** POST /admin/ocop/certificates/import — `dry_run` (default true) reports and writes nothing. */
export type ImportCertificatesBody = { csv: string; dry_run?: boolean };
/** POST /admin/ocop/products/:id — a product's OCOP record. */
export type UpsertOcopProductBody = {
  product_set: string;
  producer_id: string;
  place_id: string;
  title_en?: string | null;
  description_en?: string | null;
  story_vi?: string | null;
  story_en?: string | null;
};
/** POST /admin/ocop/campaigns — the public page of a Medusa campaign. */
export type CampaignPageBody = {
  campaign_id: string;
  slug: string;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  banner_vi: string;
  banner_en: string;
  featured_product_ids?: string[];
};
/** GET /admin/ocop/dashboard — Vietnamese calendar days, YYYY-MM-DD; `format=csv` answers a file. */
export type DashboardQuery = { from?: string; to?: string; format?: "json" | "csv" };

// ── Records ───────────────────────────────────────────────────────────────

export type OcopCertificateRecord = {
  id: string;
  ocop_product_id: string;
  stars: number;
  score: number;
  decision_number: string;
  decision_date: Instant;
  issuer: string;
  issuer_level: string;
  criteria_set: string;
  expires_at: Instant;
  revoked_at: Instant | null;
  revoked_reason: string | null;
  replaced_by_id: string | null;
  status: CertificateStatus;
};
export type OcopProductRecord = {
  id: string;
  product_set: string;
  producer_id: string;
  place_id: string;
  title_en: string | null;
  description_en: string | null;
  story_vi: string | null;
  story_en: string | null;
};
export type ImportedFields = { stars: number; score: number; decision_number: string; decision_date: string; issuer: string; issuer_level: string; criteria_set: string };
/** A row that is not written: `problems` in English, `fields` coded (each naming its column) for a page in the clerk's language. */
export type ImportRowProblem = { line: number; product: string; problems: string[]; fields: FieldProblem[] };

export type CampaignPageRecord = {
  id: string;
  campaign_id: string;
  slug: string;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  banner_vi: string;
  banner_en: string;
};
/** A campaign page with its Medusa campaign's dates, codes, budget use and results. */
export type AdminCampaign = StoreCampaign & {
  budget: { type: string; limit: number | null; used: number } | null;
  results: { orders: number; revenue: number; discount: number };
};

export type ProgramKpiKey =
  | "new_products"
  | "new_five_star"
  | "five_star_valid"
  | "upgraded_share"
  | "cooperative_share"
  | "enterprise_share"
  | "circular_green_share"
  | "trained_workers_share"
  | "women_led_share"
  | "ethnic_minority_led_share"
  | "modern_channels_share"
  | "showrooms";
/** A plan target with what the data says now (null where the platform cannot measure it). */
export type ProgramKpi = { key: ProgramKpiKey; min: number; unit: "count" | "share"; measured: boolean; actual: number | null; met: boolean | null };
/** Vietnamese calendar days, YYYY-MM-DD, both ends included. */
export type ProgramPeriod = { from: string; to: string };
type Counted<K extends string, V> = { [key in K]: V } & { count: number };
/** The OCOP plan's figures at one moment. */
export type ProgramFigures = {
  period: ProgramPeriod;
  plan_period: ProgramPeriod;
  certified: { products: number; by_stars: Counted<"stars", number>[]; by_group: Counted<"group", string>[] };
  five_star: number;
  in_period: { new_products: number; still_certified: number; by_stars: Counted<"stars", number>[]; certificates_issued: number };
  plan: { new_products: number; new_five_star: number; rated_before: number; upgraded: number };
  entities: {
    registered: number;
    ocop: number;
    by_type: Counted<"type", EntityType>[];
    women_led: number;
    ethnic_minority_led: number;
    circular_green: number;
    modern_channels: number;
    selling_on_platform: number;
  };
  kpis: ProgramKpi[];
};

// ── Responses ─────────────────────────────────────────────────────────────

/** POST /admin/ocop/certificates (201), …/:id/renew (201), …/:id/revoke */
export type CertificateResponse = { certificate: OcopCertificateRecord };
/** GET /admin/ocop/certificates — soonest expiry first, with each one's product. */
export type ListCertificatesResponse = {
  certificates: (OcopCertificateRecord & { product: { id: string; handle: string; title: string } | null; producer: { id: string; legal_name: string } | null })[];
  expiring_soon_days: number;
};
/** POST /admin/ocop/certificates/import — every row that cannot be written, with its line and reasons; what was written. */
export type ImportCertificatesResponse = {
  dry_run: boolean;
  rows: number;
  accepted: ({ line: number; product: string; handle: string | null } & ImportedFields)[];
  rejected: ImportRowProblem[];
  written: { line: number; product: string; handle: string | null; certificate_id: string; stars: number }[];
};
/** POST /admin/ocop/products/:id */
export type UpsertOcopProductResponse = { ocop_product: OcopProductRecord };
/**
 * GET /admin/ocop/products/:id — what the Admin's product page shows of OCOP: the record with its
 * producer, its certificates (newest decision first) and its lots with their public trace links
 * (null when the product has no OCOP record; lots are listed either way).
 */
export type AdminOcopProductResponse = {
  ocop_product:
    | (OcopProductRecord & {
        producer: { id: string; legal_name: string; entity_type: EntityType } | null;
        certificates: OcopCertificateRecord[];
      })
    | null;
  lots: { id: string; code: string; quantity: number; unit: string; created_at: Instant; trace_url: string }[];
};
/** GET /admin/ocop/orders/:id/producers — each line's producer, as fixed when the order was placed. */
export type AdminOrderProducersResponse = {
  lines: { line_item_id: string; product_id: string; quantity: number; producer: { id: string; handle: string; legal_name: string; entity_type: EntityType } | null }[];
};
/** GET /admin/ocop/campaigns */
export type ListCampaignsResponse = { campaigns: AdminCampaign[] };
/** POST /admin/ocop/campaigns (201 new, 200 replaced) */
export type CampaignPageResponse = { campaign_page: CampaignPageRecord };
/** GET /admin/ocop/dashboard */
export type DashboardResponse = { dashboard: ProgramFigures & { computed_at: string } };
