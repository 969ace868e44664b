import { describe, expect, it } from "vitest";
import { validCertificate } from "../catalogue/__fixtures__/products.ts";
import { currentCertificate, standing } from "./ocop.ts";

const now = new Date("2026-11-29T00:00:00+07:00");

describe("currentCertificate", () => {
  it("takes the renewal over the certificate it replaced", () => {
    const old = { ...validCertificate, id: "old", decisionDate: new Date("2020-12-01"), replacedById: "new" };
    const renewal = { ...validCertificate, id: "new" };
    expect(currentCertificate([old, renewal])?.id).toBe("new");
  });

  it("is null without certificates", () => {
    expect(currentCertificate([])).toBeNull();
  });
});

describe("standing", () => {
  it("shows the mark and stars with a valid certificate", () => {
    expect(standing(validCertificate, now)).toEqual({ status: "active", markStars: 5 });
  });

  it("never shows the mark for an expired or revoked certificate", () => {
    expect(standing({ ...validCertificate, expiresAt: new Date("2026-10-01") }, now)).toEqual({ status: "expired", markStars: null });
    expect(standing({ ...validCertificate, revokedAt: new Date("2026-09-15") }, now)).toEqual({ status: "revoked", markStars: null });
  });

  it("keeps the mark while a certificate is expiring soon", () => {
    expect(standing({ ...validCertificate, expiresAt: new Date("2027-01-10") }, now)).toEqual({ status: "expiring_soon", markStars: 5 });
  });
});
