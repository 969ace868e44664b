/**
 * Random resolver paths for the fuzz drill, each with what it must get:
 * "malformed" (a 400 — or 414/431 when the server refuses the URL's size —
 * never 2xx, 3xx or 404), "unknown" (well-formed but not registered: 404) or
 * "any" (random bytes: anything but a 5xx). The check digit is computed here
 * on its own, not with the code under test.
 */
export type Expectation = "malformed" | "unknown" | "any";
export type Probe = { path: string; expect: Expectation; why: string };

type Random = () => number;

/** mulberry32: a small seeded PRNG, so a failing run can be repeated from its seed. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[int(r, 0, items.length - 1)] as T;
const chars = (r: Random, alphabet: string, n: number) => Array.from({ length: n }, () => pick(r, [...alphabet])).join("");

const DIGITS = "0123456789";
/** Safe in a path and in GS1's character set 82: what well-formed lots and serials use. */
const SAFE = "ABCDEFGHJKMNPQRSTVWXYZ0123456789-";

function checkDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-14 with a right check digit, away from the demo prefix 0893999. */
function gtin(r: Random): string {
  let body = `1${chars(r, DIGITS, 12)}`;
  if (body.startsWith("0893999")) body = `2${body.slice(1)}`;
  return `${body}${checkDigit(body)}`;
}

const lot = (r: Random) => chars(r, SAFE, int(r, 1, 20));
const shortCode = (r: Random) => `Q${chars(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 7)}`;
const badEncoding = (r: Random) => pick(r, ["%ZZ", "%E0%A4", "%", "%0", "%C0%80", "%FF", "%%", "%G1"]);

const MALFORMED: ((r: Random) => [string, string])[] = [
  (r) => {
    const g = gtin(r);
    return [`/01/${g.slice(0, 13)}${(Number(g[13]) + int(r, 1, 9)) % 10}/10/${lot(r)}`, "wrong check digit"];
  },
  (r) => [`/01/${chars(r, DIGITS, pick(r, [1, 5, 7, 9, 10, 11, 15, 16, 20, 40, 300, 6000]))}`, "GTIN of a wrong length"],
  (r) => {
    const g = gtin(r);
    const at = int(r, 0, 13);
    return [`/01/${g.slice(0, at)}${pick(r, ["A", "x", "-", "%41"])}${g.slice(at + 1)}/10/${lot(r)}`, "a letter in the GTIN"];
  },
  (r) => [`/01/${gtin(r)}/21/${lot(r)}/10/${lot(r)}`, "serial before lot"],
  (r) => [`/01/${gtin(r)}/${pick(r, ["99", "00", "11", "17", "414", "abc"])}/${lot(r)}`, "not a key qualifier of a GTIN"],
  (r) => [`/01/${gtin(r)}/10/${chars(r, SAFE, int(r, 21, 80))}`, "lot longer than 20"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}/21/${chars(r, SAFE, int(r, 21, 80))}`, "serial longer than 20"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}${pick(r, ["%20", "~", "%7E", "%5E", "%C3%94", "%0A", "%00", "%7B"])}${lot(r)}`, "lot outside GS1's character set"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}${badEncoding(r)}`, "broken percent-encoding in a lot"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}?17=${pick(r, ["991399", "12345", "abcdef", "", "2601011", "260100%"])}`, "bad expiry date"],
  (r) => [`/01/${gtin(r)}/10/`, "empty lot"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}/21/`, "empty serial"],
  (r) => [`/t/${chars(r, "ABCDEFGHJKMNPQRSTVWXYZ0123456789", pick(r, [1, 3, 7, 9, 12, 30]))}`, "short code of a wrong length"],
  (r) => [`/t/${chars(r, SAFE, 3)}${pick(r, ["-", "_", "%2F", "%20", "."])}${chars(r, SAFE.slice(0, 32), 4)}`, "short code with a symbol"],
  (r) => [`/t/${shortCode(r)}/${chars(r, SAFE, int(r, 21, 60))}`, "short-code serial longer than 20"],
  (r) => [`/t/${shortCode(r)}/${lot(r)}/${lot(r)}`, "extra path segment"],
  (r) => [`/t/${shortCode(r)}/${lot(r)}${pick(r, ["%20", "%C3%94", "%7B", "%0A"])}`, "short-code serial outside GS1's set"],
  (r) => [`/t/${shortCode(r)}/${badEncoding(r)}`, "broken percent-encoding in a short-code serial"],
  (r) => [`/01/${chars(r, DIGITS, int(r, 20_000, 40_000))}`, "huge GTIN"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}?linkType=${pick(r, [badEncoding(r), "gs1:%ZZ"])}`, "broken percent-encoding in the query"],
];

const UNKNOWN: ((r: Random) => [string, string])[] = [
  (r) => [`/01/${gtin(r)}`, "unknown GTIN"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}`, "unknown lot"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}/21/${lot(r)}`, "unknown unit"],
  (r) => [`/01/${gtin(r)}/21/${lot(r)}`, "unknown unit without a lot"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}?17=${pick(r, ["270131", "261200", "300615"])}`, "unknown lot with an expiry"],
  (r) => [`/01/${gtin(r)}/10/${lot(r)}?linkType=${pick(r, ["gs1:pip", "all", "gs1:traceability", "gs1:certificationInfo"])}`, "unknown lot with a link type"],
  (r) => [`/t/${shortCode(r)}`, "unknown short code"],
  (r) => [`/t/${shortCode(r)}/${lot(r)}`, "unknown short-code unit"],
];

function junk(r: Random): [string, string] {
  const segments = Array.from({ length: int(r, 1, 5) }, () => Array.from({ length: int(r, 0, 30) }, () => `%${int(r, 0, 255).toString(16).padStart(2, "0")}`).join(""));
  const query = r() < 0.3 ? `?${int(r, 0, 9999)}=${chars(r, DIGITS, int(r, 0, 40))}` : "";
  return [`/${pick(r, ["01", "t"])}/${segments.join("/")}${query}`, "random bytes"];
}

/** `count` probes: 55% malformed, 20% unknown (each costs a backend look-up), the rest random bytes; a quarter under /en. */
export function resolverProbes(count: number, seed: number): Probe[] {
  const r = seeded(seed);
  return Array.from({ length: count }, () => {
    const roll = r();
    const expect: Expectation = roll < 0.55 ? "malformed" : roll < 0.75 ? "unknown" : "any";
    const [path, why] = expect === "malformed" ? pick(r, MALFORMED)(r) : expect === "unknown" ? pick(r, UNKNOWN)(r) : junk(r);
    return { path: r() < 0.25 ? `/en${path}` : path, expect, why };
  });
}
