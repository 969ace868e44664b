import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";

/**
 * GS1's resolver conformance suite (gs1/GS1DL-resolver-testsuite), check by
 * check, against the running platform. Each test names the suite's check id;
 * gs1-conformance.md maps every check to its test or says why it cannot run
 * here (TLS, the live GS1 vocabulary).
 */
const { storefrontUrl, databaseUrl } = inject("platform");
const GTIN = "08939990000016";
const PRODUCT = `/01/${GTIN}`;
const LOT = `${PRODUCT}/10/HDTOMNON10-L01`;
const UNIT = `${LOT}/21/DEMO-UNIT-0001`;
const KEYS = [PRODUCT, LOT, UNIT];

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const schema = (name: string) => JSON.parse(readFileSync(path.resolve(__dirname, name), "utf8"));
const validLinkset = ajv.compile(schema("../fixtures/gs1/gs1-linkset-schema.json"));
const validDescription = ajv.compile(schema("../fixtures/gs1/resolver-description-schema.json"));

const ORIGIN = "https://ref.gs1.org/test-suites/resolver/";
const get = (p: string, init: RequestInit = {}) => fetch(`${storefrontUrl}${p}`, { redirect: "manual", ...init, headers: { origin: ORIGIN, ...init.headers } });
const uri = (p: string) => `${storefrontUrl}${p}`;
/** The suite reduces the three spellings of GS1's vocabulary to "gs1:". */
const curie = (rel: string) => rel.replace(/^https:\/\/((ref|www)\.)?gs1\.org\/voc\//, "gs1:");
type LinkObject = { href: string; title: string; type?: string; hreflang?: string[] };
type Linkset = { linkset: ({ anchor: string; itemDescription: string } & Record<string, unknown>)[] };

async function linksetOf(p: string): Promise<Linkset> {
  const response = await get(p, { headers: { accept: "application/linkset+json" } });
  expect(response.status).toBe(200);
  return (await response.json()) as Linkset;
}

/** The suite's walk from the most granular anchor up to the primary key: each link type at the level it first appears. */
function linksByType(linkset: Linkset, p: string): Map<string, LinkObject[]> {
  const found = new Map<string, LinkObject[]>();
  const segments = p.split("/");
  for (let end = segments.length; end >= 3; end -= 2) {
    const entry = linkset.linkset.find((e) => e.anchor === uri(segments.slice(0, end).join("/")));
    for (const [rel, links] of Object.entries(entry ?? {})) {
      if (rel === "anchor" || rel === "itemDescription") continue;
      if (!found.has(curie(rel))) found.set(curie(rel), links as LinkObject[]);
    }
  }
  return found;
}

describe("GS1 resolver conformance suite", () => {
  it("httpVersion: HTTP 1.1 or higher", async () => {
    const version = await new Promise<string>((resolve, reject) => {
      http
        .get(uri(PRODUCT), (res) => {
          res.resume();
          resolve(res.httpVersion);
        })
        .on("error", reject);
    });
    expect(Number(version)).toBeGreaterThanOrEqual(1.1);
  });

  it("rdFile: /.well-known/gs1resolver validates against the resolver description schema", async () => {
    const response = await get("/.well-known/gs1resolver", { headers: { accept: "application/json" } });
    expect(response.status).toBe(200);
    const description = await response.json();
    expect(validDescription(description), JSON.stringify(validDescription.errors)).toBe(true);
    expect(description.supportedPrimaryKeys).toEqual(["01"]);
    expect(description.resolverRoot).toBe(storefrontUrl);
    expect(description.jsonLdContextLocation).toMatch(/^https:\/\//);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it.each(KEYS)("corsCheck, methodsCheck, linkOnRedirect, legacyLinkHeaders: OPTIONS %s", async (p) => {
    const response = await get(p, { method: "OPTIONS", headers: { "access-control-request-method": "GET,HEAD,OPTIONS" } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(response.headers.get("access-control-allow-methods")).toContain(method);
      expect(response.headers.get("allow")).toContain(method);
    }
    const link = response.headers.get("link") ?? "";
    expect(link).toContain('rel="linkset"');
    expect(link).not.toContain('rel="gs1:');
  });

  it.each(KEYS)("linkOnRedirect, legacyLinkHeaders: GET %s redirects with one Link, to the linkset", async (p) => {
    const response = await get(p);
    expect(response.status).toBe(307);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const link = response.headers.get("link") ?? "";
    expect(link).toBe(`<${uri(p)}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`);
  });

  it.each(KEYS)("reportWith400, noErrorWith200: %s/foo is a 400", async (p) => {
    const response = await get(`${p}/foo`);
    expect(response.status).toBe(400);
  });

  it.each(KEYS)("trailingSlash: %s answers the same with a trailing slash", async (p) => {
    const [bare, slash] = await Promise.all([get(p), get(`${p}/`)]);
    expect(slash.status).toBe(bare.status);
    expect(slash.headers.get("location")).toBe(bare.headers.get("location"));
  });

  it.each(KEYS)("qsPassedOn: %s?foo=bar keeps the query string across the redirect", async (p) => {
    const response = await get(`${p}?foo=bar`);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("foo=bar");
  });

  it("basicWalkUp: an unknown value of a known key qualifier is not a 404", async () => {
    expect((await get(`${PRODUCT}/10/KL8G`)).status).not.toBe(404);
    expect((await get(`${LOT}/21/KL8G`)).status).not.toBe(404);
  });

  it.each(KEYS)("ltLinksetNoRedirect, ltAllNoRedirect, ltAcceptHeader: %s gives its linkset without a redirect", async (p) => {
    for (const [query, accept] of [
      ["?linkType=linkset", "*/*"],
      ["?linkType=all", "*/*"],
      ["?linkType=all", "application/linkset+json"],
      ["", "application/linkset+json"],
    ] as const) {
      const response = await get(`${p}${query}`, { headers: { accept } });
      expect(response.status, `${query} ${accept}`).toBe(200);
      expect(response.headers.get("content-type"), `${query} ${accept}`).toMatch(/^application\/linkset\+json/);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(validLinkset(await response.json()), `${query} ${accept}: ${JSON.stringify(validLinkset.errors)}`).toBe(true);
    }
  });

  it.each(KEYS)("validLinkset, linksetJsonldCheck, declaredContentType: %s", async (p) => {
    const response = await get(p, { headers: { accept: "application/linkset+json" } });
    expect(response.headers.get("content-type")).toMatch(/^application\/linkset\+json/);
    const link = response.headers.get("link") ?? "";
    expect(link).toMatch(/<https:\/\/[^>]+>; rel="http:\/\/www\.w3\.org\/ns\/json-ld#context"; type="application\/ld\+json"/);
    const linkset = (await response.json()) as Linkset;
    expect(validLinkset(linkset), JSON.stringify(validLinkset.errors)).toBe(true);
    for (const entry of linkset.linkset) expect(entry.itemDescription).toMatch(/Chè tôm nõn Hảo Đạt/);
    expect(linkset.linkset.map((e) => e.anchor)).toContain(uri(p));
  });

  it.each(KEYS)("defaultLinkExists, singleDefaulLink, singleMultiLink, defaultTarget: %s", async (p) => {
    const links = linksByType(await linksetOf(p), p);
    const defaults = links.get("gs1:defaultLink");
    expect(defaults).toHaveLength(1);
    const [only] = defaults ?? [];
    expect(Object.keys(only ?? {}).sort()).toEqual(["href", "title"]);
    expect(links.has("gs1:defaultLinkMulti")).toBe(false);
    const response = await get(p);
    expect(response.headers.get("location")).toBe(only?.href);
  });

  it.each(KEYS)("loFor{linkType}: each link type of %s redirects to its link", async (p) => {
    const links = linksByType(await linksetOf(p), p);
    expect(links.size).toBeGreaterThan(1);
    for (const [linkType, objects] of links) {
      // One link per type: a 300 Multiple Choices is never due.
      expect(objects, linkType).toHaveLength(1);
      if (linkType === "gs1:defaultLink") continue;
      const [only] = objects;
      const response = await get(`${p}?linkType=${encodeURIComponent(linkType)}`);
      expect(response.status, linkType).toBe(307);
      expect(response.headers.get("location"), linkType).toBe(only?.href);
    }
  });

  it.each(KEYS)("linkTypesDefined: %s uses link types of the GS1 Web Vocabulary", async (p) => {
    // The suite fetches the ratified list from ref.gs1.org; offline, the terms we use, as the vocabulary defines them.
    const ratified = ["gs1:defaultLink", "gs1:pip", "gs1:certificationInfo", "gs1:traceability"];
    const links = linksByType(await linksetOf(p), p);
    for (const linkType of links.keys()) expect(ratified).toContain(linkType);
  });

  it.each(KEYS)("specificLinkTypeNotFound: %s?linkType=gs1:nosuchlt is a 404", async (p) => {
    expect((await get(`${p}?linkType=gs1:nosuchlt`)).status).toBe(404);
  });
});

describe("GS1 Digital Link 1.4 and the resolver standard, beyond the suite", () => {
  it("the GTIN-only linkset has its own default link, the product page", async () => {
    const { linkset } = await linksetOf(PRODUCT);
    expect(linkset).toHaveLength(1);
    const defaults = linkset[0]?.["https://gs1.org/voc/defaultLink"] as LinkObject[];
    expect(defaults).toEqual([{ href: `${storefrontUrl}/products/che-tom-non-hao-dat`, title: expect.any(String) }]);
  });

  it("a unit's linkset holds every level up to the GTIN", async () => {
    const { linkset } = await linksetOf(UNIT);
    expect(linkset.map((e) => e.anchor)).toEqual([uri(UNIT), uri(LOT), uri(PRODUCT)]);
  });

  it.each(["https://gs1.org/voc/pip", "https://ref.gs1.org/voc/pip", "https://www.gs1.org/voc/pip", "gs1:pip"])("linkType=%s is gs1:pip", async (linkType) => {
    const response = await get(`${LOT}?linkType=${encodeURIComponent(linkType)}`);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`${storefrontUrl}/products/che-tom-non-hao-dat`);
  });

  it("keeps every query pair but linkType across a redirect, before any fragment", async () => {
    const response = await get(`${LOT}?linkType=gs1:certificationInfo&utm_source=qr&17=271031`);
    expect(response.headers.get("location")).toBe(`${storefrontUrl}/products/che-tom-non-hao-dat?utm_source=qr&17=271031#certificate-heading`);
  });

  it("walks an unknown serial of a known lot up to the lot, and says so in plain words", async () => {
    const response = await get(`${LOT}/21/NO-SUCH-UNIT`);
    expect(response.status).toBe(307);
    const page = await fetch(new URL(response.headers.get("location") ?? "", storefrontUrl));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("NO-SUCH-UNIT");
    expect(html).toMatch(/Không tìm thấy sản phẩm mang mã NO-SUCH-UNIT/);
    expect(html).toMatch(/Hành trình của lô hàng/);
    const english = await fetch(`${storefrontUrl}/en${LOT}/21/NO-SUCH-UNIT`);
    expect(await english.text()).toMatch(/We could not find unit NO-SUCH-UNIT/);
    const { linkset } = await linksetOf(`${LOT}/21/NO-SUCH-UNIT`);
    expect(linkset.map((e) => e.anchor)).toEqual([uri(LOT), uri(PRODUCT)]);
  });

  it("walks an unknown lot of a known GTIN up to the product, and says so in plain words", async () => {
    const page = await fetch(`${storefrontUrl}/en${PRODUCT}/10/NO-SUCH-LOT`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/Lot NO-SUCH-LOT is not registered/);
    expect(html).toContain("/en/products/che-tom-non-hao-dat");
    const { linkset } = await linksetOf(`${PRODUCT}/10/NO-SUCH-LOT`);
    expect(linkset.map((e) => e.anchor)).toEqual([uri(PRODUCT)]);
  });

  it("reads a qualifier digital-link.js 1.4.3 does not know (AI 235) and walks up from it", async () => {
    const response = await get(`${PRODUCT}/235/TPX-0001`);
    expect(response.status).toBe(307);
    const { linkset } = await linksetOf(`${PRODUCT}/235/TPX-0001`);
    expect(linkset.map((e) => e.anchor)).toEqual([uri(PRODUCT)]);
    expect((await get(`${PRODUCT}/235/${"X".repeat(29)}`)).status).toBe(400);
  });

  it.each(["17=270230", "17=270229", "15=261331", "11=250431"])("refuses a date not on the calendar: ?%s", async (query) => {
    const response = await get(`${LOT}?${query}`);
    expect(response.status).toBe(400);
    const [, value] = query.split("=");
    expect(await response.text()).toContain(value);
  });

  it("accepts 29 February of a leap year and DD 00 (end of month)", async () => {
    expect((await get(`${LOT}?17=280229`)).status).toBe(307);
    expect((await get(`${LOT}?17=270200`)).status).toBe(307);
  });

  it("an unknown GTIN is still a 404, with CORS", async () => {
    const response = await get("/01/08939990009996");
    expect(response.status).toBe(404);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("counts only a GET of the trace page as a scan: never HEAD, OPTIONS, the redirect, the linkset or the EPCIS export", async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: string; serial: string }>(
        `select s.id, s.serial from trace_serial s join trace_lot l on l.id = s.lot_id
          where l.code = 'HDTOMNON10-L01' and s.serial not like 'DEMO-%' and s.deleted_at is null order by s.serial limit 1 offset 7`,
      );
      const [unit] = rows;
      if (!unit) throw new Error("the demo lot has too few serials");
      const scans = async () => (await db.query<{ n: number }>("select count(*)::int as n from trace_scan where serial_id = $1", [unit.id])).rows[0]?.n ?? 0;
      const key = `${LOT}/21/${encodeURIComponent(unit.serial)}`;
      const before = await scans();
      for (const [p, init] of [
        [key, { method: "HEAD" }],
        [key, { method: "OPTIONS" }],
        [key, {}],
        [`${key}?linkType=linkset`, {}],
        [key, { headers: { accept: "application/linkset+json" } }],
        [`/trace${key}`, { method: "HEAD" }],
        [`/trace${key}`, { method: "OPTIONS" }],
        [`/trace${key}?linkType=gs1:traceability`, {}],
      ] as [string, RequestInit][]) {
        await (await get(p, init)).arrayBuffer();
      }
      // Then one view of the page: once it is stored, anything queued before it would be too (the queue keeps order).
      expect((await get(`/trace${key}`)).status).toBe(200);
      let after = before;
      for (let waited = 0; after === before && waited <= 30_000; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        after = await scans();
      }
      expect(after - before).toBe(1);
    } finally {
      await db.end();
    }
  });

  it("keeps the content security policy on every resolver answer", async () => {
    for (const init of [{}, { method: "OPTIONS" }, { headers: { accept: "application/linkset+json" } }] as RequestInit[]) {
      expect((await get(LOT, init)).headers.get("content-security-policy")).toBeTruthy();
    }
  });
});

it("the URIs under test are GS1 Digital Link URIs with a 14-digit GTIN (isURL, validDL, plausibleDL)", () => {
  for (const p of KEYS) expect(uri(p)).toMatch(/^https?:\/\/[^/]+\/01\/\d{14}(\/(10|21)\/[^/]+)*$/);
});
