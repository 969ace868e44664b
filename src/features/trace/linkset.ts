import type { LinkType } from "./resolver.ts";

/**
 * What a GS1 Digital Link URI offers, level by level (unit, lot, GTIN), as
 * GS1's resolver standard lists it: an RFC 9264 linkset whose every entry has
 * an anchor, an itemDescription and links named by GS1 Web Vocabulary URIs.
 */
export type LinkObject = { href: string; title: string; type?: string; hreflang?: string[] };
export type Level = { anchor: string; itemDescription: string; links: Partial<Record<LinkType | "gs1:defaultLink", LinkObject>> };

const VOCABULARY = "https://gs1.org/voc/";
/** GS1's JSON-LD context for linksets (GS1-Conformant Resolver 1.2, artefacts). */
export const LINKSET_CONTEXT = "https://ref.gs1.org/standards/resolver/linkset-context";

/** One entry of a linkset: its anchor, its description, and its links by link type URI. */
export type LinksetEntry = { anchor: string; itemDescription: string; [linkType: string]: string | LinkObject[] };

/** The linkset document: one entry per level, most granular first. */
export function linksetOf(levels: Level[]): { linkset: LinksetEntry[] } {
  return {
    linkset: levels.map(({ anchor, itemDescription, links }) => ({
      anchor,
      itemDescription,
      ...Object.fromEntries(Object.entries(links).map(([type, link]) => [`${VOCABULARY}${type.slice(4)}`, [link]])),
    })),
  };
}

/** The link the most granular level offers for `type`; null when no level does. */
export function linkFor(levels: Level[], type: LinkType | "gs1:defaultLink"): LinkObject | null {
  for (const level of levels) {
    const link = level.links[type];
    if (link) return link;
  }
  return null;
}

/** The one link every resolver answer names (the standard no longer lists every link in the header): the linkset. */
export function linksetHeader(uri: string): string {
  return `<${uri}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`;
}

/** On a linkset answer: where its JSON-LD context is, so the JSON reads as JSON-LD. */
export function contextHeader(): string {
  return `<${LINKSET_CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`;
}

/** One qualifier of the scanned path as it was written (percent-encoded), and whether it named something registered. */
export type Qualifier = { ai: "10" | "21"; segment: string; known: boolean };

export type LevelInput = {
  /** The site and locale prefix, e.g. "https://ocop.example/en". */
  root: string;
  gtin: string;
  /** The scanned qualifiers, in path order. */
  qualifiers: Qualifier[];
  product: { title: string; page: string };
  lotCode: string | null;
  serial: string | null;
  words: { lot: (code: string) => string; unit: (serial: string) => string; certificate: string; epcis: string };
  hreflang: string;
};

/**
 * The levels a scanned key resolves to, most granular first: each known
 * qualifier (its default link the trace page, /trace/… mirroring the URI; its
 * EPCIS export), then the GTIN (the product page, its certificate).
 */
export function levelsOf(input: LevelInput): Level[] {
  const { root, gtin, product, words } = input;
  const levels: Level[] = [];
  let path = `/01/${gtin}`;
  const prefixes = input.qualifiers.map((q) => {
    path += `/${q.ai}/${q.segment}`;
    return { ...q, path };
  });
  for (const q of prefixes.reverse()) {
    if (!q.known) continue;
    const parts = [product.title, input.lotCode && words.lot(input.lotCode), q.ai === "21" && input.serial && words.unit(input.serial)].filter(Boolean);
    const page = `${root}/trace${q.path}`;
    levels.push({
      anchor: `${root}${q.path}`,
      itemDescription: parts.join(", "),
      links: {
        "gs1:defaultLink": { href: page, title: parts.join(", ") },
        "gs1:traceability": { href: `${page}?linkType=gs1:traceability`, title: words.epcis, type: "application/ld+json" },
      },
    });
  }
  levels.push({
    anchor: `${root}/01/${gtin}`,
    itemDescription: product.title,
    links: {
      "gs1:defaultLink": { href: product.page, title: product.title },
      "gs1:pip": { href: product.page, title: product.title, type: "text/html", hreflang: [input.hreflang] },
      "gs1:certificationInfo": { href: `${product.page}#certificate-heading`, title: words.certificate, type: "text/html", hreflang: [input.hreflang] },
    },
  });
  return levels;
}
