import type { EntityType, IssuerLevel } from "@ocop/core";
import type { LocalText } from "../i18n/local-text.ts";
import { type Bilingual, type CertificateStatus, carriesOcopMark, certificateStatus } from "./rules.ts";

export type { EntityType };

export type Place = { handle: string; commune: string; province: string; historicalDistrict: string | null };

export type ProducerSummary = {
  handle: string;
  legalName: string;
  /** The name in English; null: the Vietnamese name is shown, marked as such. */
  legalNameEn: string | null;
  entityType: EntityType;
  womenLed: boolean;
  ethnicMinorityLed: boolean;
  place: Place | null;
};

/** A producer's public profile. */
export type Producer = ProducerSummary & {
  circularGreen: boolean;
  modernChannels: boolean;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  story: { vi: string | null; en: string | null };
  productHandles: string[];
};

export type Certificate = {
  id: string;
  stars: number;
  score: number;
  decisionNumber: string;
  decisionDate: Date;
  issuer: string;
  issuerEn: string | null;
  issuerLevel: IssuerLevel;
  criteriaSet: string;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  replacedById: string | null;
};

/** The OCOP side of a product: its set and group, producer, place, texts and certificate. */
export type OcopFacet = {
  productSet: { code: string; name: Bilingual };
  group: { code: string; name: Bilingual; shippable: boolean };
  producer: ProducerSummary | null;
  place: Place | null;
  titleEn: string | null;
  descriptionEn: string | null;
  /** English variant titles by their Vietnamese title (see variantText). */
  variantTitlesEn: Record<string, string>;
  story: { vi: string | null; en: string | null };
  /** The certificate that speaks for the product now (see currentCertificate), or null. */
  certificate: Certificate | null;
  status: CertificateStatus | null;
  /** Stars the product may show with the OCOP mark; null when it may not carry the mark. */
  markStars: number | null;
};

/**
 * The certificate that speaks for a product: the newest by decision date that
 * has not been replaced. Old, replaced certificates are history only.
 */
export function currentCertificate(certificates: Certificate[]): Certificate | null {
  const live = certificates.filter((c) => c.replacedById === null);
  const pool = live.length > 0 ? live : certificates;
  return pool.reduce<Certificate | null>((best, c) => (best === null || c.decisionDate > best.decisionDate ? c : best), null);
}

/** Status and mark of a product at `now`: the mark only with an active or expiring-soon certificate. */
export function standing(certificate: Certificate | null, now: Date = new Date()) {
  if (certificate === null) return { status: null, markStars: null };
  const status = certificateStatus({ expires_at: certificate.expiresAt, revoked_at: certificate.revokedAt, replaced_by_id: certificate.replacedById }, now);
  return { status, markStars: carriesOcopMark(status) ? certificate.stars : null };
}

/** A producer's name in both languages. */
export const producerName = (producer: Pick<ProducerSummary, "legalName" | "legalNameEn">): LocalText => ({ vi: producer.legalName, en: producer.legalNameEn });

/** A certificate's issuer in both languages. */
export const issuerName = (certificate: Pick<Certificate, "issuer" | "issuerEn">): LocalText => ({ vi: certificate.issuer, en: certificate.issuerEn });
