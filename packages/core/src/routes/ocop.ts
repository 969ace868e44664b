import type { EntityType } from "../ocop/producers.js";
import type { IssuerLevel } from "../ocop/rules.js";
import type { ProductGroup, ProductSet } from "../ocop/taxonomy.js";

/** An ISO 8601 date-time as JSON carries it ("2026-03-01T00:00:00.000Z"). */
export type IsoDateTime = string;

/** A published product, as much as a list of featured or stocked products shows of it. */
export type StoreProductSummary = { id: string; handle: string; title: string };

/** A commune with OCOP producers or products; its former district is kept as a label. */
export type StorePlace = { id: string; handle: string; commune: string; province: string; historical_district: string | null };

/** A producer's public profile (chủ thể OCOP), without its products. */
export type StoreProducer = {
  id: string;
  handle: string;
  legal_name: string;
  /** The name in English; null: show the Vietnamese one. */
  legal_name_en: string | null;
  entity_type: EntityType;
  women_led: boolean;
  ethnic_minority_led: boolean;
  circular_green: boolean;
  modern_channels: boolean;
  place: StorePlace | null;
} & ProducerContact;

/** A recognition decision and its certificate, replaced and revoked ones included. */
export type StoreCertificate = {
  id: string;
  stars: number;
  score: number;
  decision_number: string;
  decision_date: IsoDateTime;
  issuer: string;
  issuer_en: string | null;
  issuer_level: IssuerLevel;
  criteria_set: string;
  expires_at: IsoDateTime;
  revoked_at: IsoDateTime | null;
  revoked_reason: string | null;
  replaced_by_id: string | null;
};

/** A published product's OCOP record, named by its Medusa product. */
export type StoreOcopProduct = {
  product_id: string;
  handle: string;
  id: string;
  product_set: string;
  title_en: string | null;
  description_en: string | null;
  story_vi: string | null;
  story_en: string | null;
  /** English variant titles by Vietnamese title; a title missing here has no English text. */
  variant_titles_en: Record<string, string>;
  producer: StoreProducer | null;
  place: StorePlace | null;
  certificates: StoreCertificate[];
};

/** GET /store/ocop/products[?handle=…]: every published product's record, or those of the handles given. */
export type StoreOcopProductsQuery = { handle?: string | string[] };
export type StoreOcopProductsResponse = { ocop_products: StoreOcopProduct[] };

/** GET /store/ocop/producers */
export type StoreProducersResponse = { producers: StoreProducer[] };

/** GET /store/ocop/producers/:handle: the profile with the handles of its published products. */
export type StoreProducerResponse = { producer: StoreProducer & { product_handles: string[] } };

/** GET /store/ocop/places */
export type StorePlacesResponse = { places: StorePlace[] };

/** GET /store/ocop/taxonomy: the groups, product sets and star bands, in both languages. */
export type StoreTaxonomyResponse = {
  groups: readonly ProductGroup[];
  product_sets: readonly ProductSet[];
  star_bands: readonly { stars: number; minScore: number }[];
  certified_stars: readonly number[];
  validity_months: number;
};

/** How to reach a producer and what it tells about itself, public on its page. */
export type ProducerContact = {
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  story_vi: string | null;
  story_en: string | null;
};
