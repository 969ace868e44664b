import { describe, expect, inject, it } from "vitest";

/** Bad input gets a 400 that says why, never a 5xx (README, "Security"): NUL bytes and bad list numbers, on the backend and through the storefront. */
const { storefrontUrl, backendUrl, publishableKey } = inject("platform");

async function backend(path: string) {
  const response = await fetch(`${backendUrl}${path}`, { headers: { "x-publishable-api-key": publishableKey } });
  return { status: response.status, body: (await response.json().catch(() => null)) as { fields?: { field: string; code: string }[] } | null };
}

describe("the backend", () => {
  it("refuses a limit or offset that is not a whole number from 0, naming it", async () => {
    for (const query of ["limit=-1", "limit=abc", "offset=1.5", "limit=99999999"]) {
      const answer = await backend(`/store/products?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body?.fields?.[0]?.field, query).toBe(query.split("=")[0]);
    }
    expect((await backend("/store/products?limit=2&offset=0")).status).toBe(200);
  });

  it("refuses a NUL byte in the address, in a path or a parameter", async () => {
    for (const path of ["/store/products?handle=%00x", "/store/ocop/products?q=%00", "/store/ocop/producers/%00"]) {
      expect((await backend(path)).status, path).toBe(400);
    }
  });
});

describe("the storefront", () => {
  it("answers pages asked for with a NUL byte without a 5xx", async () => {
    for (const path of ["/products/%00", "/producers/a%00b", "/search?q=%00", "/products?group=%00"]) {
      const response = await fetch(`${storefrontUrl}${path}`);
      await response.arrayBuffer();
      expect(response.status, path).toBeLessThan(500);
    }
  });
});
