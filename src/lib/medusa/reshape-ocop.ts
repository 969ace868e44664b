import type { Certificate, OcopFacet, Place, ProducerSummary } from "../../features/ocop/ocop.ts";
import { currentCertificate, standing } from "../../features/ocop/ocop.ts";
import { findProductSet, groupOfSet } from "../../features/ocop/rules.ts";

/** A product's OCOP record as GET /store/ocop/products returns it. */
export type RawOcopProduct = {
  product_set: string;
  title_en: string | null;
  description_en: string | null;
  story_vi: string | null;
  story_en: string | null;
  producer?: RawProducer | null;
  place?: RawPlace | null;
  certificates?: RawCertificate[] | null;
};
export type RawPlace = { handle: string; commune: string; province: string; historical_district: string | null };
export type RawProducer = {
  handle: string;
  legal_name: string;
  entity_type: ProducerSummary["entityType"];
  women_led: boolean;
  ethnic_minority_led: boolean;
  place?: RawPlace | null;
};
type RawCertificate = {
  id: string;
  stars: number;
  score: number;
  decision_number: string;
  decision_date: string;
  issuer: string;
  issuer_level: Certificate["issuerLevel"];
  criteria_set: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  replaced_by_id: string | null;
};

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
    entityType: raw.entity_type,
    womenLed: raw.women_led,
    ethnicMinorityLed: raw.ethnic_minority_led,
    place: raw.place ? reshapePlace(raw.place) : null,
  };
}

function reshapeCertificate(raw: RawCertificate): Certificate {
  return {
    id: raw.id,
    stars: raw.stars,
    score: raw.score,
    decisionNumber: raw.decision_number,
    decisionDate: new Date(raw.decision_date),
    issuer: raw.issuer,
    issuerLevel: raw.issuer_level,
    criteriaSet: raw.criteria_set,
    expiresAt: new Date(raw.expires_at),
    revokedAt: raw.revoked_at ? new Date(raw.revoked_at) : null,
    revokedReason: raw.revoked_reason,
    replacedById: raw.replaced_by_id,
  };
}
