import { LINK_TYPES, type LinkType } from "@ocop/core";

/**
 * The resolver's own questions about a request: is it a resolver path, which
 * link type it asks for. Parsing the scanned key itself (GS1 Digital Link,
 * short codes) is the shared package's (`parseDigitalLink`, `parseShortCode`).
 */
export { isMalformed, type Malformed, parseDigitalLink, parseShortCode, type ScanKey } from "@ocop/core";
export { LINK_TYPES, type LinkType };

/** Whether a request path (with or without /en) belongs to the resolver: /01/… or /t/…. */
export function isResolverPath(path: string): boolean {
  return /^(\/en)?\/(01|t)(\/|$)/.test(path);
}

/** The requested link type: null for none; undefined for one we do not serve. */
export function requestedLinkType(search: URLSearchParams): LinkType | null | undefined {
  const value = search.get("linkType");
  if (value === null || value === "") return null;
  return (LINK_TYPES as readonly string[]).includes(value) ? (value as LinkType) : undefined;
}
