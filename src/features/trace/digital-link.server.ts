import { PUBLIC_SITE_URL } from "astro:env/server";
import { productTitle } from "../catalogue/product.ts";
import { type Locale, localePath, t } from "../i18n/messages.ts";
import { contextHeader, type Level, levelsOf, linkFor, linksetHeader, linksetOf, type Qualifier } from "./linkset.ts";
import { type Gs1Key, isMalformed, parseDigitalLink, requestedLinkType, wantsLinkset, withQuery } from "./resolver.ts";
import { findProduct, preflight, resolverHeaders, type ScanAnswer } from "./scan.server.ts";
import { type Nearest, resolveNearest } from "./trace.server.ts";

/**
 * The resolver proper: what a GS1 Digital Link URI (/01/…, /en/01/…)
 * answers, as GS1's resolver standard 1.2 asks. It serves no page itself: it
 * redirects (307) to the default link or the requested link type, query
 * string kept; gives the linkset (linkType=linkset or all, or Accept:
 * application/linkset+json); answers OPTIONS with 204; walks an unknown
 * qualifier up to the nearest registered level; and is a 400 page for a
 * malformed URI, a 404 page for an unknown GTIN or link type. None of these
 * is a view of a trace page, so none is counted as a scan: the trace page it
 * redirects to is (scan.server.ts).
 */
export async function answerDigitalLink(context: { request: Request; locale: Locale }): Promise<ScanAnswer> {
  const { request, locale } = context;
  // The request's own URL, not Astro.url (which re-encodes the path).
  const url = new URL(request.url);
  const path = (locale === "en" ? url.pathname.slice(3) : url.pathname).replace(/(.)\/$/, "$1");
  const root = `${PUBLIC_SITE_URL.replace(/\/+$/, "")}${localePath(locale, "")}`;
  const headers = resolverHeaders();
  headers.set("Vary", "Accept");
  const linkset = linksetHeader(`${root}${path}`);
  if (request.method === "OPTIONS") return { response: preflight(new Headers([...headers, ["Link", linkset]])) };

  const key = parseDigitalLink(path, url.search);
  if (isMalformed(key)) return { view: { kind: "malformed", problem: key }, headers };
  headers.set("Link", linkset);
  const requested = requestedLinkType(url.searchParams);
  if (requested === undefined) return { view: { kind: "bad-link-type", linkType: url.searchParams.get("linkType") ?? "" }, headers };

  let found: { nearest: Nearest; levels: Level[] } | null;
  try {
    found = await levelsFor(key, path, root, locale);
  } catch (error) {
    console.error(`Could not resolve ${path}:`, error);
    return { view: { kind: "unavailable" }, headers };
  }
  if (!found) return { view: { kind: "missing" }, headers };
  const { nearest, levels } = found;

  if (wantsLinkset(requested, request.headers.get("accept"))) {
    headers.set("Content-Type", "application/linkset+json");
    headers.append("Link", contextHeader());
    return { response: new Response(JSON.stringify(linksetOf(levels)), { status: 200, headers }) };
  }
  const redirect = (href: string) => {
    headers.set("Location", withQuery(href, url.searchParams));
    return { response: new Response(null, { status: 307, headers }) };
  };
  if (requested !== null && requested !== "linkset") {
    const link = linkFor(levels, requested);
    return link ? redirect(link.href) : { view: { kind: "bad-link-type", linkType: url.searchParams.get("linkType") ?? "" }, headers };
  }
  // A key that had to walk up goes to its trace page, which says in plain words what was not found.
  if (nearest.walked !== "none") return redirect(`${root}/trace${path}`);
  return redirect(linkFor(levels, "gs1:defaultLink")?.href ?? `${root}/trace${path}`);
}

/** The nearest registered level of the key and the levels it offers; null when its GTIN is not registered. */
async function levelsFor(key: Gs1Key, path: string, root: string, locale: Locale): Promise<{ nearest: Nearest; levels: Level[] } | null> {
  const nearest = await resolveNearest(key);
  const product = nearest && (await findProduct(nearest.resolved.product_id)).product;
  if (!nearest || !product) return null;
  const levels = levelsOf({
    root,
    gtin: key.gtin,
    qualifiers: qualifiersOf(path, key, nearest),
    product: { title: productTitle(product, locale), page: `${root}/products/${product.handle}` },
    lotCode: nearest.resolved.trace?.lot.code ?? null,
    serial: nearest.walked === "none" ? (key.serial ?? null) : null,
    words: { lot: (code) => t(locale, "trace.lot", { code }), unit: (serial) => t(locale, "trace.unit", { serial }), certificate: "OCOP", epcis: "EPCIS 2.0" },
    hreflang: locale,
  });
  return { nearest, levels };
}

/** The scanned path's lot and serial segments as written, each marked known when the walk did not pass it. */
function qualifiersOf(path: string, key: Gs1Key, nearest: Nearest): Qualifier[] {
  const segments = path.split("/").slice(3);
  const qualifiers: Qualifier[] = [];
  for (let i = 0; i + 1 < segments.length; i += 2) {
    const ai = segments[i];
    const segment = segments[i + 1] ?? "";
    if (ai === "10") qualifiers.push({ ai, segment, known: nearest.walked !== "to-product" && Boolean(key.lot) });
    if (ai === "21") qualifiers.push({ ai, segment, known: nearest.walked === "none" });
  }
  return qualifiers;
}
