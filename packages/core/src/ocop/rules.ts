import type { FieldCode, Problem } from "../errors.js";
import { addVietnamMonths, vietnamDate, vietnamDay } from "../time.js";
import { findProductSet } from "./taxonomy.js";

/**
 * The OCOP program's rules in one place (shared/OCOP.md). A change of law is a
 * change here: the storefront and the admin routes both read these.
 */

/** Lowest score of each star level (score 0–100). */
export const STAR_BANDS = [
  { stars: 5, minScore: 90 },
  { stars: 4, minScore: 70 },
  { stars: 3, minScore: 50 },
  { stars: 2, minScore: 30 },
  { stars: 1, minScore: 0 },
] as const;

/** Only 3★–5★ products are OCOP products and receive a certificate. */
export const CERTIFIED_STARS = [3, 4, 5] as const;
/** A certificate is valid for 36 months from its decision date. */
export const VALIDITY_MONTHS = 36;
/** How long before expiry a certificate counts as "expiring soon". */
export const EXPIRING_SOON_DAYS = 90;
/** Districts were abolished on this day; since then the province certifies 3★ as well as 4★. */
export const TWO_LEVEL_GOVERNMENT_FROM = "2025-07-01";

export const ISSUER_LEVELS = ["district", "province", "central"] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

/** Criteria sets a certificate can be scored under, oldest first. */
export const CRITERIA_SETS = ["1048/QĐ-TTg", "148/QĐ-TTg"] as const;

/** Decisions are dated in Vietnam: the day arithmetic is in ../time.ts. */
export { vietnamDate, vietnamDay };

export type CertificateStatus = "active" | "expiring_soon" | "expired" | "revoked" | "replaced";

/** The star level a score earns (1–5). */
export function starsForScore(score: number): number {
  const band = STAR_BANDS.find((b) => score >= b.minScore);
  return band ? band.stars : 1;
}

/** Whether a star level can carry a certificate and the OCOP mark. */
export function isCertifiable(stars: number): boolean {
  return (CERTIFIED_STARS as readonly number[]).includes(stars);
}

/** Decision date + 36 calendar months in Vietnam (a 29 February decision expires on 28 February). */
export function expiryFor(decisionDate: Date): Date {
  return addVietnamMonths(decisionDate, VALIDITY_MONTHS);
}

/** Which body certifies a star level at a given date. */
export function issuerLevelFor(stars: number, decisionDate: Date): IssuerLevel {
  if (stars >= 5) return "central";
  if (stars === 4) return "province";
  return decisionDate < vietnamDate(TWO_LEVEL_GOVERNMENT_FROM) ? "district" : "province";
}

/** Dates may arrive as ISO strings (JSON, workflow results); both are read the same. */
export type CertificateDates = {
  expires_at: Date | string;
  revoked_at?: Date | string | null;
  replaced_by_id?: string | null;
};

/** A certificate's status at `now`. Revocation wins over everything else. */
export function certificateStatus(cert: CertificateDates, now: Date = new Date()): CertificateStatus {
  const expires = new Date(cert.expires_at).getTime();
  if (cert.revoked_at && new Date(cert.revoked_at).getTime() <= now.getTime()) return "revoked";
  if (cert.replaced_by_id) return "replaced";
  if (expires <= now.getTime()) return "expired";
  return expires <= now.getTime() + EXPIRING_SOON_DAYS * 86_400_000 ? "expiring_soon" : "active";
}

/** Only a holder of a valid certificate may show the OCOP mark and its stars. */
export function carriesOcopMark(status: CertificateStatus): boolean {
  return status === "active" || status === "expiring_soon";
}

export type CertificateInput = {
  stars: number;
  score: number;
  decision_number: string;
  decision_date: Date;
  issuer: string;
  /** The issuer in English, for /en pages; absent or empty: none. */
  issuer_en?: string | null | undefined;
  issuer_level: string;
  criteria_set: string;
  expires_at?: Date | undefined;
};

/**
 * Every problem with a certificate, in words a clerk can act on; empty when it
 * may be recorded. Collects them all rather than stopping at the first.
 */
export function certificateProblems(input: CertificateInput, now: Date = new Date()): string[] {
  return certificateFieldProblems(input, now).map((p) => p.message);
}

/** certificateProblems with each problem's field, code and params, for a 400's `fields`. */
export function certificateFieldProblems(input: CertificateInput, now: Date = new Date()): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, code: FieldCode, message: string, params?: Problem["params"]) => problems.push({ field, code, message, ...(params && { params }) });
  const validDate = !Number.isNaN(input.decision_date.getTime());
  if (!isCertifiable(input.stars)) {
    add("stars", "not_certifiable", `stars must be 3, 4 or 5: only 3★–5★ products are certified (got ${input.stars})`, { stars: input.stars });
  }
  if (!(input.score >= 0 && input.score <= 100)) {
    const code = input.score > 100 ? "too_big" : "too_small";
    add(
      "score",
      code,
      `score must be between 0 and 100 (got ${input.score})`,
      code === "too_big" ? { maximum: 100, origin: "number", inclusive: true } : { minimum: 0, origin: "number", inclusive: true },
    );
  } else if (isCertifiable(input.stars) && starsForScore(input.score) !== input.stars) {
    add("score", "score_mismatch", `a score of ${input.score} earns ${starsForScore(input.score)}★, not ${input.stars}★`, {
      score: input.score,
      stars: input.stars,
      earned: starsForScore(input.score),
    });
  }
  if (!/^\d+\/[\p{L}\p{N}-]+$/u.test(input.decision_number.trim())) {
    add("decision_number", "invalid_format", `decision number must look like "1032/QĐ-UBND" (got "${input.decision_number}")`, {
      format: "decision_number",
      example: "1032/QĐ-UBND",
    });
  }
  if (!validDate) add("decision_date", "invalid_format", "decision date is not a valid date", { format: "date" });
  else if (input.decision_date > now) add("decision_date", "in_future", "decision date is in the future");
  if (input.issuer.trim() === "") add("issuer", "required", "issuer must name the body that signed the decision");
  if (!(ISSUER_LEVELS as readonly string[]).includes(input.issuer_level)) {
    add("issuer_level", "invalid_value", `issuer level must be one of ${ISSUER_LEVELS.join(", ")} (got "${input.issuer_level}")`, {
      allowed: ISSUER_LEVELS.join(", "),
      received: input.issuer_level,
    });
  } else if (validDate && isCertifiable(input.stars) && issuerLevelFor(input.stars, input.decision_date) !== input.issuer_level) {
    const expected = issuerLevelFor(input.stars, input.decision_date);
    add("issuer_level", "issuer_level_mismatch", `${input.stars}★ on that date is certified at ${expected} level, not ${input.issuer_level}`, {
      stars: input.stars,
      expected,
      received: input.issuer_level,
    });
  }
  if (!(CRITERIA_SETS as readonly string[]).includes(input.criteria_set)) {
    add("criteria_set", "invalid_value", `criteria set must be one of ${CRITERIA_SETS.join(", ")} (got "${input.criteria_set}")`, {
      allowed: CRITERIA_SETS.join(", "),
      received: input.criteria_set,
    });
  }
  if (input.expires_at && validDate) {
    const expected = vietnamDay(expiryFor(input.decision_date));
    if (input.expires_at <= input.decision_date) add("expires_at", "too_early", "expiry is before the decision date", { after: "decision_date" });
    else if (vietnamDay(input.expires_at) !== expected) {
      add("expires_at", "expiry_mismatch", `expiry must be 36 months after the decision date (${expected})`, { expected });
    }
  }
  return problems;
}

/** Problems with a product set code ("unknown product set" with the code). */
export function productSetProblems(code: string): string[] {
  return productSetFieldProblems(code).map((p) => p.message);
}

/** productSetProblems with its field, code and params. */
export function productSetFieldProblems(code: string, field = "product_set"): Problem[] {
  return findProductSet(code) ? [] : [{ field, code: "unknown_product_set", message: `unknown product set "${code}"`, params: { code } }];
}
