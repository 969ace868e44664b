import { describe, expect, it } from "vitest";
import {
  type CertificateInput,
  carriesOcopMark,
  certificateFieldProblems,
  certificateProblems,
  certificateStatus,
  expiryFor,
  issuerLevelFor,
  productSetFieldProblems,
  productSetProblems,
  starsForScore,
  vietnamDate,
  vietnamDay,
} from "./rules.js";
import { PRODUCT_GROUPS, PRODUCT_SETS } from "./taxonomy.js";

const day = vietnamDate;

describe("starsForScore", () => {
  it.each([
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.9, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [90.86, 5],
    [100, 5],
  ])("score %s earns %s★", (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });
});

describe("expiryFor", () => {
  it("adds 36 calendar months", () => {
    expect(vietnamDay(expiryFor(day("2025-06-26")))).toBe("2028-06-26");
  });

  it("moves 29 February to the last day of February", () => {
    expect(vietnamDay(expiryFor(day("2024-02-29")))).toBe("2027-02-28");
  });
});

describe("issuerLevelFor", () => {
  it("follows the two-level government from 1 July 2025", () => {
    expect(issuerLevelFor(3, day("2023-05-10"))).toBe("district");
    expect(issuerLevelFor(3, day("2025-07-01"))).toBe("province");
    expect(issuerLevelFor(4, day("2021-01-01"))).toBe("province");
    expect(issuerLevelFor(5, day("2020-12-01"))).toBe("central");
  });
});

describe("certificateStatus", () => {
  const now = day("2026-11-29");

  it("is active well before expiry, expiring soon within 90 days, expired after", () => {
    expect(certificateStatus({ expires_at: day("2027-06-01") }, now)).toBe("active");
    expect(certificateStatus({ expires_at: day("2027-01-15") }, now)).toBe("expiring_soon");
    expect(certificateStatus({ expires_at: day("2026-11-29") }, now)).toBe("expired");
  });

  it("reads dates given as ISO strings (JSON, workflow results) like Dates", () => {
    expect(certificateStatus({ expires_at: "2028-01-01T00:00:00.000Z", revoked_at: "2026-10-01T00:00:00.000Z" }, now)).toBe("revoked");
    expect(certificateStatus({ expires_at: "2026-01-01T00:00:00.000Z" }, now)).toBe("expired");
  });

  it("puts revocation above everything, and marks a replaced certificate", () => {
    expect(certificateStatus({ expires_at: day("2028-01-01"), revoked_at: day("2026-10-01") }, now)).toBe("revoked");
    expect(certificateStatus({ expires_at: day("2028-01-01"), replaced_by_id: "cert_2" }, now)).toBe("replaced");
  });

  it("lets only active and expiring-soon certificates carry the OCOP mark", () => {
    expect(carriesOcopMark("active")).toBe(true);
    expect(carriesOcopMark("expiring_soon")).toBe(true);
    for (const status of ["expired", "revoked", "replaced"] as const) expect(carriesOcopMark(status)).toBe(false);
  });
});

describe("certificateProblems", () => {
  const valid: CertificateInput = {
    stars: 4,
    score: 78.5,
    decision_number: "1032/QĐ-UBND",
    decision_date: day("2024-05-20"),
    issuer: "UBND tỉnh Thái Nguyên",
    issuer_level: "province",
    criteria_set: "148/QĐ-TTg",
  };
  const now = day("2026-11-29");

  it("accepts a valid certificate", () => {
    expect(certificateProblems(valid, now)).toEqual([]);
    expect(certificateProblems({ ...valid, expires_at: day("2027-05-20") }, now)).toEqual([]);
  });

  it("names every problem at once", () => {
    const problems = certificateProblems({ ...valid, stars: 7, score: 120, decision_number: "abc", issuer_level: "galaxy", criteria_set: "x", expires_at: day("2024-01-01") }, now);
    expect(problems).toHaveLength(6);
    expect(problems.join("\n")).toMatch(
      /stars must be 3, 4 or 5[\s\S]*score must be between 0 and 100[\s\S]*decision number[\s\S]*issuer level[\s\S]*criteria set[\s\S]*expiry is before the decision date/,
    );
  });

  it("refuses stars that the score does not earn, and the wrong issuing level", () => {
    expect(certificateProblems({ ...valid, score: 65 }, now)).toEqual(["a score of 65 earns 3★, not 4★"]);
    expect(certificateProblems({ ...valid, issuer_level: "district" }, now)).toEqual(["4★ on that date is certified at province level, not district"]);
  });

  it("refuses a decision dated in the future and an expiry that is not 36 months on", () => {
    expect(certificateProblems({ ...valid, decision_date: day("2027-01-01") }, now)).toContain("decision date is in the future");
    expect(certificateProblems({ ...valid, expires_at: day("2027-06-01") }, now)).toEqual(["expiry must be 36 months after the decision date (2027-05-20)"]);
  });
});

describe("certificateFieldProblems", () => {
  const valid: CertificateInput = {
    stars: 4,
    score: 78.5,
    decision_number: "1032/QĐ-UBND",
    decision_date: day("2024-05-20"),
    issuer: "UBND tỉnh Thái Nguyên",
    issuer_level: "province",
    criteria_set: "148/QĐ-TTg",
  };
  const now = day("2026-11-29");
  const coded = (input: CertificateInput) => certificateFieldProblems(input, now).map(({ field, code, params }) => ({ field, code, params }));

  it("gives every problem its field and code, in the order of the sentences", () => {
    const input = { ...valid, stars: 7, score: 120, decision_number: "abc", issuer: " ", issuer_level: "galaxy", criteria_set: "x", expires_at: day("2024-01-01") };
    expect(coded(input)).toEqual([
      { field: "stars", code: "not_certifiable", params: { stars: 7 } },
      { field: "score", code: "too_big", params: { maximum: 100, origin: "number", inclusive: true } },
      { field: "decision_number", code: "invalid_format", params: { format: "decision_number", example: "1032/QĐ-UBND" } },
      { field: "issuer", code: "required", params: undefined },
      { field: "issuer_level", code: "invalid_value", params: { allowed: "district, province, central", received: "galaxy" } },
      { field: "criteria_set", code: "invalid_value", params: { allowed: "1048/QĐ-TTg, 148/QĐ-TTg", received: "x" } },
      { field: "expires_at", code: "too_early", params: { after: "decision_date" } },
    ]);
    expect(certificateFieldProblems(input, now).map((p) => p.message)).toEqual(certificateProblems(input, now));
  });

  it("codes the rules that tie stars, score, level and dates together", () => {
    expect(coded({ ...valid, score: -1 })).toEqual([{ field: "score", code: "too_small", params: { minimum: 0, origin: "number", inclusive: true } }]);
    expect(coded({ ...valid, score: 65 })).toEqual([{ field: "score", code: "score_mismatch", params: { score: 65, stars: 4, earned: 3 } }]);
    expect(coded({ ...valid, issuer_level: "district" })).toEqual([
      { field: "issuer_level", code: "issuer_level_mismatch", params: { stars: 4, expected: "province", received: "district" } },
    ]);
    expect(coded({ ...valid, decision_date: day("2027-01-01") })).toEqual([{ field: "decision_date", code: "in_future", params: undefined }]);
    expect(coded({ ...valid, decision_date: new Date(Number.NaN) })).toEqual([{ field: "decision_date", code: "invalid_format", params: { format: "date" } }]);
    expect(coded({ ...valid, expires_at: day("2027-06-01") })).toEqual([{ field: "expires_at", code: "expiry_mismatch", params: { expected: "2027-05-20" } }]);
  });

  it("codes an unknown product set", () => {
    expect(productSetFieldProblems("tea")).toEqual([]);
    expect(productSetFieldProblems("spaceships")).toEqual([
      { field: "product_set", code: "unknown_product_set", message: 'unknown product set "spaceships"', params: { code: "spaceships" } },
    ]);
  });
});

describe("taxonomy", () => {
  it("has the program's 6 groups and 26 product sets, each set in a known group", () => {
    expect(PRODUCT_GROUPS).toHaveLength(6);
    expect(PRODUCT_SETS).toHaveLength(26);
    const groups = new Set(PRODUCT_GROUPS.map((g) => g.code));
    for (const s of PRODUCT_SETS) expect(groups).toContain(s.group);
    expect(new Set(PRODUCT_SETS.map((s) => s.code)).size).toBe(26);
  });

  it("knows product sets by code", () => {
    expect(productSetProblems("tea")).toEqual([]);
    expect(productSetProblems("spaceships")).toEqual(['unknown product set "spaceships"']);
  });
});
