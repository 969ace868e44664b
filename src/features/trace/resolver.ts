/**
 * The resolver's own questions about a request: is it a resolver path, which
 * link type it asks for, does it ask for the linkset. Parsing the scanned key
 * itself (GS1 Digital Link, short codes) is the shared package's
 * (`parseDigitalLink`, `parseShortCode`).
 */
import { LINK_TYPES, type LinkType } from "@ocop/core";

export { type Gs1Key, isMalformed, type Malformed, parseDigitalLink, parseShortCode, type ScanKey } from "@ocop/core";
export { LINK_TYPES, type LinkType };
/** What a request may ask for: a link type, the linkset, or (null) the default link. */
export type Requested = LinkType | "linkset" | null;

/** Whether a request path (with or without /en) belongs to the resolver: /01/…, /t/… or a trace page (/trace/01/…). */
export function isResolverPath(path: string): boolean {
  return /^(\/en)?\/(01|t|trace)(\/|$)/.test(path);
}

/** Whether the path (without /en) is a GS1 Digital Link URI's, the resolver proper; the rest are pages. */
export function isDigitalLinkPath(path: string): boolean {
  return /^\/01(\/|$)/.test(path);
}

/** GS1's vocabulary is named three ways (and by its CURIE); all mean the same link type. */
const VOCABULARY = /^https?:\/\/((ref|www)\.)?gs1\.org\/voc\//;

/**
 * The requested link type: null for none (or gs1:defaultLink), "linkset" for
 * the linkset (linkType=linkset, or the older linkType=all), undefined for
 * one we do not serve.
 */
export function requestedLinkType(search: URLSearchParams): Requested | undefined {
  const value = search.get("linkType");
  if (value === null || value === "") return null;
  if (value === "linkset" || value === "all") return "linkset";
  const type = value.replace(VOCABULARY, "gs1:");
  if (type === "gs1:defaultLink") return null;
  return (LINK_TYPES as readonly string[]).includes(type) ? (type as LinkType) : undefined;
}

/** Whether the request asks for the linkset: by its link type, or by Accept: application/linkset+json. */
export function wantsLinkset(requested: Requested, accept: string | null): boolean {
  return requested === "linkset" || (requested === null && /(^|,)\s*application\/linkset\+json/i.test(accept ?? ""));
}

/**
 * `href` with the request's query pairs passed on (the resolver standard:
 * by default, every pair), all but linkType, which chose the link and means
 * nothing to its target; placed before any fragment.
 */
export function withQuery(href: string, search: URLSearchParams): string {
  const pass = new URLSearchParams([...search].filter(([name]) => name !== "linkType"));
  if (pass.size === 0) return href;
  const hash = href.indexOf("#");
  const [base, fragment] = hash < 0 ? [href, ""] : [href.slice(0, hash), href.slice(hash)];
  return `${base}${base.includes("?") ? "&" : "?"}${pass}${fragment}`;
}
