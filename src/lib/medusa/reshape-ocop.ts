import type { StoreCertificate, StoreOcopProduct, StorePlace, StoreProducer, StoreProducerResponse } from "@ocop/core";
import type { Certificate, OcopFacet, Place, Producer, ProducerSummary } from "../../features/ocop/ocop.ts";
import { currentCertificate, standing } from "../../features/ocop/ocop.ts";
import { findProductSet, groupOfSet } from "../../features/ocop/rules.ts";

/** A product's OCOP record, or the parts of it a reshape reads (GET /store/ocop/products). */
export type RawOcopProduct = Pick<StoreOcopProduct, "product_set" | "title_en" | "description_en" | "story_vi" | "story_en"> &
  Partial<Pick<StoreOcopProduct, "variant_titles_en">> & {
    producer?: RawProducer | null;
    place?: RawPlace | null;
    certificates?: StoreCertificate[] | null;
  };
type RawPlace = Pick<StorePlace, "handle" | "commune" | "province" | "historical_district">;
type RawProducer = Pick<StoreProducer, "handle" | "legal_name" | "entity_type" | "women_led" | "ethnic_minority_led"> &
  Partial<Pick<StoreProducer, "legal_name_en">> & { place?: RawPlace | null };

/** Medusa's OCOP record of a product as our OcopFacet; null when it has none or an unknown set. */
export function reshapeOcop(raw: RawOcopProduct | null | undefined, now: Date = new Date()): OcopFacet | null {
  const set = raw ? findProductSet(raw.product_set) : undefined;
  const group = raw ? groupOfSet(raw.product_set) : undefined;
  if (!raw || !set || !group) return null;
  const certificate = currentCertificate((raw.certificates ?? []).map(reshapeCertificate));
  return {
    productSet: { code: set.code, name: set.name },
    group: { code: group.code, name: group.name, shippable: group.shippable },
    producer: raw.producer ? reshapeProducer(raw.producer) : null,
    place: raw.place ? reshapePlace(raw.place) : null,
    titleEn: raw.title_en,
    descriptionEn: raw.description_en,
    variantTitlesEn: raw.variant_titles_en ?? {},
    story: { vi: raw.story_vi, en: raw.story_en },
    certificate,
    ...standing(certificate, now),
  };
}

export function reshapePlace(raw: RawPlace): Place {
  return { handle: raw.handle, commune: raw.commune, province: raw.province, historicalDistrict: raw.historical_district };
}

export function reshapeProducer(raw: RawProducer): ProducerSummary {
  return {
    handle: raw.handle,
    legalName: raw.legal_name,
    legalNameEn: raw.legal_name_en ?? null,
    entityType: raw.entity_type,
    womenLed: raw.women_led,
    ethnicMinorityLed: raw.ethnic_minority_led,
    place: raw.place ? reshapePlace(raw.place) : null,
  };
}

/** A producer's full profile, with the handles of its published products. */
export function reshapeProducerProfile(raw: StoreProducerResponse["producer"]): Producer {
  return {
    ...reshapeProducer(raw),
    circularGreen: raw.circular_green,
    modernChannels: raw.modern_channels,
    address: raw.address,
    phone: raw.phone,
    email: raw.email,
    website: raw.website,
    story: { vi: raw.story_vi, en: raw.story_en },
    productHandles: raw.product_handles,
  };
}

function reshapeCertificate(raw: StoreCertificate): Certificate {
  return {
    id: raw.id,
    stars: raw.stars,
    score: raw.score,
    decisionNumber: raw.decision_number,
    decisionDate: new Date(raw.decision_date),
    issuer: raw.issuer,
    issuerEn: raw.issuer_en ?? null,
    issuerLevel: raw.issuer_level,
    criteriaSet: raw.criteria_set,
    expiresAt: new Date(raw.expires_at),
    revokedAt: raw.revoked_at ? new Date(raw.revoked_at) : null,
    revokedReason: raw.revoked_reason,
    replacedById: raw.replaced_by_id,
  };
}
