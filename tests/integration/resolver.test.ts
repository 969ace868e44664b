import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, inject, it } from "vitest";

/** GS1 Digital Link resolver conformance, against the running storefront. */
const { storefrontUrl } = inject("platform");
const GTIN = "08939990000016";
const LOT = `/01/${GTIN}/10/HDTOMNON10-L01`;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateEpcis = ajv.compile(JSON.parse(readFileSync(path.resolve(__dirname, "../fixtures/epcis/EPCIS-JSON-Schema.json"), "utf8")));

const get = (p: string, init: RequestInit = {}) => fetch(`${storefrontUrl}${p}`, { redirect: "manual", ...init });

describe("GS1 Digital Link resolver", () => {
  // A GS1 Digital Link URI redirects (GS1's resolver standard); its lot's or unit's page is at /trace/01/….
  it.each([
    [LOT, 307],
    [`${LOT}/21/DEMO-UNIT-0001`, 307],
    [`/en${LOT}/21/DEMO-COPY-0001`, 307],
    [`/trace${LOT}`, 200],
    [`/trace${LOT}/21/DEMO-UNIT-0001`, 200],
    [`/en/trace${LOT}/21/DEMO-COPY-0001`, 200],
    ["/t/DM000002", 200],
    ["/en/t/DM000002", 200],
    [`/01/08939990000017/10/HDTOMNON10-L01`, 400], // bad check digit
    [`/01/${GTIN}/21/DEMO-UNIT-0001/10/HDTOMNON10-L01`, 400], // AI order
    [`/01/${GTIN}/10/L%C3%94`, 400], // not GS1 text
    [`${LOT}?17=271399`, 400], // impossible expiry date
    ["/t/SHORT", 400],
    [`/01/${GTIN}/10/NO-SUCH-LOT`, 307], // walks up to the product (gs1-conformance.test.ts)
    [`${LOT}/21/NO-SUCH-UNIT`, 307], // walks up to the lot
    ["/01/08939990009996", 404], // valid, unknown GTIN
    ["/t/ZZ999999", 404],
    [`${LOT}?linkType=gs1:recipeInfo`, 404],
  ])("GET %s answers %i", async (p, status) => {
    const response = await get(p);
    expect(response.status).toBe(status);
    if (status >= 400) expect(await response.text()).toMatch(/<h1>/);
  });

  it("answers HEAD like GET, without a body, and does not count it as a scan", async () => {
    const head = await get(`/trace${LOT}/21/DEMO-UNIT-0001`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect((await get(`${LOT}/21/DEMO-UNIT-0001`, { method: "HEAD" })).status).toBe(307);
    expect((await get("/01/08939990000017", { method: "HEAD" })).status).toBe(400);
    expect((await get("/01/08939990009996", { method: "HEAD" })).status).toBe(404);
  });

  it("sends a Link header naming the linkset, which lists the key's links", async () => {
    // The resolver standard (1.0 on) no longer lists every link in the header: only the linkset.
    const link = (await get(LOT)).headers.get("link") ?? "";
    expect(link).toContain('rel="linkset"');
    const { linkset } = await (await get(`${LOT}?linkType=linkset`)).json();
    const rels = linkset.flatMap((entry: object) => Object.keys(entry));
    for (const rel of ["defaultLink", "pip", "certificationInfo", "traceability"]) expect(rels).toContain(`https://gs1.org/voc/${rel}`);
  });

  it("honours linkType", async () => {
    const pip = await get(`${LOT}?linkType=gs1:pip`);
    expect(pip.status).toBe(307);
    expect(pip.headers.get("location")).toMatch(/\/products\/che-tom-non-hao-dat$/);
    const certificate = await get(`/en${LOT}?linkType=gs1:certificationInfo`);
    expect(certificate.headers.get("location")).toMatch(/\/en\/products\/che-tom-non-hao-dat#certificate-heading$/);
    const product = await get(`/01/${GTIN}`);
    expect(product.status).toBe(307);

    const all = await get(`${LOT}?linkType=all`);
    expect(all.headers.get("content-type")).toBe("application/linkset+json");
    const { linkset } = await all.json();
    expect(linkset.flatMap((entry: object) => Object.keys(entry))).toEqual(
      expect.arrayContaining(["anchor", "https://gs1.org/voc/pip", "https://gs1.org/voc/traceability", "https://gs1.org/voc/defaultLink"]),
    );

    const trace = await get(`${LOT}/21/DEMO-UNIT-0001?linkType=gs1:traceability`, { redirect: "follow" });
    expect(trace.headers.get("content-type")).toMatch(/application\/ld\+json/);
    const document = await trace.json();
    expect(validateEpcis(document), JSON.stringify(validateEpcis.errors)).toBe(true);
    // The public sees the scanned unit, never the lot's other serials.
    const text = JSON.stringify(document);
    expect(text).toContain("DEMO-UNIT-0001");
    expect(text).not.toContain("DEMO-COPY-0001");
  });

  it("publishes /.well-known/gs1resolver", async () => {
    const response = await get("/.well-known/gs1resolver");
    expect(response.status).toBe(200);
    const description = await response.json();
    expect(description.supportedPrimaryKeys).toEqual(["01"]); // AI codes, as the description file schema asks
    expect(description.resolverRoot).toBe(storefrontUrl);
  });
});

describe("the README's demo links", () => {
  const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("**Demo links**"), readme.indexOf("**Recording and printing**"));
  const links = [...section.matchAll(/^\| `(\/(?:01|t)\/[^`]+)` \| ([^|]+) \|/gm)].map((m) => ({ path: m[1] ?? "", shows: m[2] ?? "" }));

  it("are listed", () => {
    expect(links.length).toBeGreaterThanOrEqual(6);
  });

  for (const locale of ["", "/en"]) {
    it(`each answers as the README says${locale ? " in English" : ""}`, async () => {
      for (const { path: p, shows } of links) {
        // A GS1 Digital Link redirects to its page: followed, as a phone does.
        const response = await get(`${locale}${p}`, { redirect: "follow" });
        const expected = /400/.test(shows) ? 400 : 200;
        expect(response.status, `${locale}${p}`).toBe(expected);
        const type = response.headers.get("content-type") ?? "";
        if (expected === 200 && type.startsWith("text/html")) {
          const html = await response.text();
          expect(html, p).toContain(`lang="${locale ? "en" : "vi"}"`);
          expect(html, p).toMatch(locale ? /The lot(&#39;|')s journey/ : /Hành trình của lô hàng/);
        }
      }
    });
  }
});
