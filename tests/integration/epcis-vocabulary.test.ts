import { readFileSync } from "node:fs";
import path from "node:path";
import { OCOP_TERMS, ocopTermOf } from "@ocop/core";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * EPCIS that a program can read to the end (README, "EPCIS export"): every
 * lot's full document validates against GS1's EPCIS 2.0 schema, every
 * `ocop:` term in it dereferences to the vocabulary on the site, every serial
 * of the lot is in it, and a place with a GLN is named by it.
 */
const platform = inject("platform");
const { storefrontUrl, backendUrl } = platform;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../fixtures/epcis/EPCIS-JSON-Schema.json"), "utf8")));

/** Bearer headers for a demo account (harness/store-api.ts logs it in). */
async function login(actor: "user" | "producer", email: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await storeApi(platform).logIn(actor, email)}`, "content-type": "application/json" };
}

type Doc = { "@context": [string, { ocop: string }]; epcisBody: { eventList: Record<string, unknown>[] } };
let staff: Record<string, string>;

beforeAll(async () => {
  staff = await login("user", "admin@ocop-demo.vn");
});

describe("EPCIS documents and their vocabulary", () => {
  it("validate, use only terms the site's vocabulary defines, and each term dereferences to 200", async () => {
    const { lots } = (await (await fetch(`${backendUrl}/admin/trace/lots`, { headers: staff })).json()) as { lots: { id: string }[] };
    expect(lots.length).toBeGreaterThan(5);
    const dereferenced = new Set<string>();
    let withSerials = 0;
    for (const { id } of lots) {
      const document = (await (await fetch(`${backendUrl}/admin/trace/lots/${id}/epcis`, { headers: staff })).json()) as Doc;
      expect(validate(document), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      const text = JSON.stringify(document);
      expect(text, id).not.toContain("urn:ocop");
      const ns = document["@context"][1].ocop;
      const prefixed = [...text.matchAll(/"(ocop:[A-Za-z_]+)/g)].map((m) => m[1] ?? "");
      const expanded = [...text.matchAll(/"(https?:\/\/[^"]*\/ns\/ocop#[^"]*)"/g)].map((m) => m[1] ?? "").filter((iri) => iri !== ns);
      for (const term of [...prefixed, ...expanded]) {
        const name = ocopTermOf(term, ns);
        expect(Object.keys(OCOP_TERMS), `${id}: ${term}`).toContain(name);
        dereferenced.add(`${new URL(ns).pathname}#${name}`);
      }
      // Every serial of the lot is in its full export.
      const { serials } = (await (await fetch(`${backendUrl}/admin/trace/lots/${id}`, { headers: staff })).json()) as { serials: { serial: string }[] };
      const listed = new Set(
        document.epcisBody.eventList.flatMap((event) => (event.epcList as string[] | undefined) ?? []).map((uri) => decodeURIComponent(uri.split("/").at(-1) ?? "")),
      );
      for (const { serial } of serials) expect(listed.has(serial), `${id}: serial ${serial}`).toBe(true);
      if (serials.length) withSerials++;
    }
    expect(withSerials).toBeGreaterThan(5);
    expect(dereferenced.size).toBeGreaterThan(4);
    for (const target of dereferenced) {
      const [pathname, name] = target.split("#") as [string, string];
      const page = await fetch(`${storefrontUrl}${pathname}`);
      expect(page.status, pathname).toBe(200);
      expect(await page.text(), `${pathname} has #${name}`).toContain(`id="${name}"`);
    }
  });

  it("the vocabulary answers programs in JSON-LD and people with a page", async () => {
    const json = await fetch(`${storefrontUrl}/ns/ocop`, { headers: { accept: "application/ld+json" } });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/application\/ld\+json/);
    const vocabulary = (await json.json()) as { "@graph": { "@id": string; "rdfs:label": { "@language": string }[] }[] };
    expect(vocabulary["@graph"].map((term) => term["@id"]).sort()).toEqual(
      Object.keys(OCOP_TERMS)
        .map((name) => `ocop:${name}`)
        .sort(),
    );
    for (const term of vocabulary["@graph"]) expect(term["rdfs:label"].map((label) => label["@language"]).sort()).toEqual(["en", "vi"]);
    const page = await fetch(`${storefrontUrl}/ns/ocop`, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("ocop:harvesting");
    expect(html).toContain("Harvesting");
  });

  it("a producer's GLN names the place of its steps (GS1 Digital Link, AI 414); a wrong check digit is refused and changes nothing", async () => {
    const producer = await login("producer", "haodat@ocop-demo.vn");
    const refused = await fetch(`${backendUrl}/producer/me`, { method: "POST", headers: producer, body: JSON.stringify({ gln: "8939990000008" }) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("gln");
    const before = (await (await fetch(`${backendUrl}/producer/me`, { headers: producer })).json()) as { producer: { gln: string | null } };
    expect(before.producer.gln).toBeNull();
    const saved = await fetch(`${backendUrl}/producer/me`, { method: "POST", headers: producer, body: JSON.stringify({ gln: "8939990000009" }) });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { producer: { gln: string } }).producer.gln).toBe("8939990000009");

    const { lots } = (await (await fetch(`${backendUrl}/producer/lots`, { headers: producer })).json()) as { lots: { id: string }[] };
    const lot = lots[0]?.id ?? "";
    const event = await fetch(`${backendUrl}/producer/lots/${lot}/events`, {
      method: "POST",
      headers: producer,
      body: JSON.stringify({ biz_step: "storing", event_time: new Date().toISOString().replace("Z", "+00:00"), read_point: { name: "Kho HTX", gln: "8939990000009" } }),
    });
    expect(event.status, await event.clone().text()).toBeLessThan(300);
    const document = (await (await fetch(`${backendUrl}/admin/trace/lots/${lot}/epcis`, { headers: staff })).json()) as Doc;
    expect(document.epcisBody.eventList.at(-1)?.readPoint).toEqual({ id: "https://id.gs1.org/414/8939990000009" });
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    // Cleared again, so the demo producer is as seeded for other tests.
    expect((await fetch(`${backendUrl}/producer/me`, { method: "POST", headers: producer, body: JSON.stringify({ gln: "" }) })).status).toBe(200);
  });
});
