import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { type LevelInput, levelsOf, linkFor, linksetHeader, linksetOf } from "./linkset.ts";

/** GS1's linkset schema, the one its resolver test suite validates linksets against. */
const schema = JSON.parse(readFileSync(path.resolve(__dirname, "../../../tests/fixtures/gs1/gs1-linkset-schema.json"), "utf8"));
const valid = new Ajv({ strict: false, allErrors: true }).compile(schema);

const ROOT = "https://ocop.example/en";
const GTIN = "08939990000016";
const input = (qualifiers: LevelInput["qualifiers"], serial: string | null = null): LevelInput => ({
  root: ROOT,
  gtin: GTIN,
  qualifiers,
  product: { title: "Chè tôm nõn", page: `${ROOT}/products/che` },
  lotCode: "L/1",
  serial,
  words: { lot: (code) => `Lot ${code}`, unit: (s) => `Unit ${s}`, certificate: "OCOP", epcis: "EPCIS 2.0" },
  hreflang: "en",
});

describe("levels of a scanned key", () => {
  it("a GTIN alone: one level, the product page its default link", () => {
    const levels = levelsOf(input([]));
    expect(levels).toHaveLength(1);
    expect(linkFor(levels, "gs1:defaultLink")).toEqual({ href: `${ROOT}/products/che`, title: "Chè tôm nõn" });
    expect(linkFor(levels, "gs1:traceability")).toBeNull();
  });

  it("a unit: unit, lot and GTIN, most granular first, each with its own default link", () => {
    const levels = levelsOf(
      input(
        [
          { ai: "10", segment: "L%2F1", known: true },
          { ai: "21", segment: "S1", known: true },
        ],
        "S1",
      ),
    );
    expect(levels.map((l) => l.anchor)).toEqual([`${ROOT}/01/${GTIN}/10/L%2F1/21/S1`, `${ROOT}/01/${GTIN}/10/L%2F1`, `${ROOT}/01/${GTIN}`]);
    expect(levels[0]?.itemDescription).toBe("Chè tôm nõn, Lot L/1, Unit S1");
    expect(linkFor(levels, "gs1:defaultLink")?.href).toBe(`${ROOT}/trace/01/${GTIN}/10/L%2F1/21/S1`);
    expect(linkFor(levels, "gs1:traceability")?.href).toBe(`${ROOT}/trace/01/${GTIN}/10/L%2F1/21/S1?linkType=gs1:traceability`);
    expect(linkFor(levels, "gs1:pip")?.href).toBe(`${ROOT}/products/che`);
  });

  it("an unknown serial is left out: its lot is the nearest level", () => {
    const levels = levelsOf(
      input([
        { ai: "10", segment: "L1", known: true },
        { ai: "21", segment: "NOPE", known: false },
      ]),
    );
    expect(levels.map((l) => l.anchor)).toEqual([`${ROOT}/01/${GTIN}/10/L1`, `${ROOT}/01/${GTIN}`]);
  });
});

describe("the linkset", () => {
  const levels = levelsOf(input([{ ai: "10", segment: "L1", known: true }]));

  it("is valid against GS1's linkset schema, with an itemDescription per entry and default links of a title only", () => {
    const document = linksetOf(levels);
    expect(valid(document), JSON.stringify(valid.errors)).toBe(true);
    for (const entry of document.linkset) {
      const links = entry["https://gs1.org/voc/defaultLink"];
      expect(Array.isArray(links) ? links.map((link) => Object.keys(link)) : links).toEqual([["href", "title"]]);
    }
  });

  it("names link types by GS1 vocabulary URI", () => {
    expect(Object.keys(linksetOf(levels).linkset[1] ?? {})).toEqual([
      "anchor",
      "itemDescription",
      "https://gs1.org/voc/defaultLink",
      "https://gs1.org/voc/pip",
      "https://gs1.org/voc/certificationInfo",
    ]);
  });

  it("is what the Link header names, by rel=linkset", () => {
    expect(linksetHeader(`${ROOT}/01/${GTIN}`)).toBe(`<${ROOT}/01/${GTIN}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`);
  });
});
