import { PUBLIC_SITE_URL } from "astro:env/server";
import { cacheControl, pageCacheUntil } from "../cache/cache-control.ts";
import { CATALOGUE_TAG } from "../cache/memo.ts";
import { retrieveProductById } from "../catalogue/catalogue.server.ts";
import { type Product, productTitle } from "../catalogue/product.ts";
import { type Locale, localePath } from "../i18n/messages.ts";
import { SCAN_TARGET_HEADER, type ScanMark } from "../page-cache/entries.ts";
import { contextHeader, type Level, linkFor, linksetOf } from "./linkset.ts";
import { isMalformed, type Malformed, parseDigitalLink, parseShortCode, requestedLinkType, type ScanKey, withQuery } from "./resolver.ts";
import { recordView, type ScanTarget, unitStanding } from "./scans.server.ts";
import { epcisDocument, type Nearest, type PublicTrace, resolveNearest, type SerialStanding, TRACE_TAG } from "./trace.server.ts";

/**
 * Trace pages: what a short code (/t/…) or the resolver's default link for a
 * lot or unit (/trace/01/…, see digital-link.server.ts) shows. Pages call
 * `answerScan` and either return its Response (redirects, EPCIS JSON-LD,
 * 204 to OPTIONS) or render the view with its status.
 */
export type ScanView =
  | {
      kind: "trace";
      product: Product;
      trace: PublicTrace;
      key: ScanKey;
      standing: SerialStanding | null;
      checkedAt: Date;
      /** Set when the scanned unit is not registered and the page shows its lot instead. */
      walkedFrom: { serial: string } | null;
      /** The backend failed: the page shows saved information (loaded at `savedAt`, when known) without live checks. */
      offline: { savedAt: Date | null } | null;
    }
  /** The scanned lot (or unit, or third-party serial) is not registered: its product, with a notice. */
  | { kind: "product"; product: Product; unknown: { what: "lot" | "unit" | "tpx"; code: string } }
  | { kind: "malformed"; problem: Malformed }
  | { kind: "bad-link-type"; linkType: string }
  | { kind: "missing" }
  | { kind: "unavailable" };

/** How long a rendered trace page may be served from memory, and the tags that drop it. */
export type PageCache = { maxAge: number; tags: string[] };
export type ScanAnswer = { response: Response } | { view: ScanView; headers: Headers; cache?: PageCache };

const STATUS: Record<Exclude<ScanView["kind"], "trace" | "product">, number> = { malformed: 400, "bad-link-type": 404, missing: 404, unavailable: 503 };

export function statusOf(view: ScanView): number {
  return view.kind === "trace" || view.kind === "product" ? 200 : STATUS[view.kind];
}

const METHODS = "GET, HEAD, OPTIONS";

/** Every resolver answer may be read by any site's scripts (the standard asks for CORS); none is stored by shared caches. */
export function resolverHeaders(): Headers {
  return new Headers({ "Cache-Control": cacheControl("private"), "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "Link, Location" });
}

/** OPTIONS (a CORS preflight or a client asking what is allowed): 204, never a page, never a scan. */
export function preflight(headers: Headers): Response {
  headers.set("Allow", METHODS);
  headers.set("Access-Control-Allow-Methods", METHODS);
  headers.set("Access-Control-Allow-Headers", "Accept, Accept-Language");
  headers.set("Access-Control-Max-Age", "86400");
  return new Response(null, { status: 204, headers });
}

/** A product by id, with when it was saved if the backend is down; throws when nothing was saved. */
export async function findProduct(id: string): Promise<{ product: Product | null; savedAt: number | null }> {
  const found = await retrieveProductById(id);
  return { product: found.value, savedAt: found.savedAt };
}

/** The scanned path without /en and /trace, and how it names its key. */
function parse(path: string, search: string): ScanKey | Malformed {
  if (path.startsWith("/t/") || path === "/t") return parseShortCode(path);
  return parseDigitalLink(path.replace(/^\/trace/, ""), search);
}

export async function answerScan(context: { request: Request; locale: Locale }): Promise<ScanAnswer> {
  const { request, locale } = context;
  // The request's own URL, not Astro.url: Astro decodes and re-encodes the
  // path, which drops percent-encoded line feeds and tabs from lot codes.
  const url = new URL(request.url);
  const headers = resolverHeaders();
  if (request.method === "OPTIONS") return { response: preflight(headers) };
  const path = locale === "en" ? url.pathname.slice(3) : url.pathname;
  const key = parse(path, url.search);
  if (isMalformed(key)) return { view: { kind: "malformed", problem: key }, headers };
  const requested = requestedLinkType(url.searchParams);
  if (requested === undefined) return { view: { kind: "bad-link-type", linkType: url.searchParams.get("linkType") ?? "" }, headers };
  const site = PUBLIC_SITE_URL.replace(/\/+$/, "");
  const redirect = (href: string) => {
    headers.set("Location", withQuery(href, url.searchParams));
    return { response: new Response(null, { status: 307, headers }) };
  };
  // On a trace page, any link type but its EPCIS export is the resolver's to answer. (The page
  // ignores Accept: the page cache keeps it by address alone.)
  if (key.kind === "gs1" && requested !== null && requested !== "gs1:traceability") {
    return redirect(`${site}${localePath(locale, path.replace(/^\/trace/, ""))}?linkType=${encodeURIComponent(url.searchParams.get("linkType") ?? "")}`);
  }

  let nearest: Nearest | null;
  let product: Product | null = null;
  const savedAt: number[] = [];
  try {
    nearest = await resolveNearest(key);
    if (nearest) {
      savedAt.push(...nearest.savedAt);
      const found = await findProduct(nearest.resolved.product_id);
      product = found.product;
      if (found.savedAt !== null) savedAt.push(found.savedAt);
    }
  } catch (error) {
    console.error(`Could not resolve ${path}:`, error);
    return { view: { kind: "unavailable" }, headers };
  }
  if (!nearest || !product) return { view: { kind: "missing" }, headers };
  const productPage = `${site}${localePath(locale, `/products/${product.handle}`)}`;
  const trace = nearest.resolved.trace;

  if (key.kind === "short" && requested !== null && requested !== "gs1:traceability") {
    // Short codes are ours, not GS1's: one level, the code itself, offering the product page, its certificate and the export.
    const self = `${site}${localePath(locale, path)}`;
    const title = productTitle(product, locale);
    const level: Level = {
      anchor: self,
      itemDescription: title,
      links: {
        "gs1:pip": { href: productPage, title, type: "text/html", hreflang: [locale] },
        "gs1:certificationInfo": { href: `${productPage}#certificate-heading`, title: "OCOP", type: "text/html", hreflang: [locale] },
        ...(trace ? { "gs1:traceability": { href: `${self}?linkType=gs1:traceability`, title: "EPCIS 2.0", type: "application/ld+json" } } : {}),
      },
    };
    if (requested === "linkset") {
      headers.set("Content-Type", "application/linkset+json");
      headers.set("Link", contextHeader());
      return { response: new Response(JSON.stringify(linksetOf([level])), { status: 200, headers }) };
    }
    const link = linkFor([level], requested);
    if (link) return redirect(link.href);
  }
  if (!trace) {
    if (nearest.walked === "none") return requested === "gs1:traceability" ? { view: { kind: "bad-link-type", linkType: requested }, headers } : redirect(productPage);
    const unknown =
      key.kind === "gs1" && key.tpx
        ? { what: "tpx" as const, code: key.tpx }
        : key.kind === "gs1" && key.lot
          ? { what: "lot" as const, code: key.lot }
          : { what: "unit" as const, code: key.serial ?? "" };
    return { view: { kind: "product", product, unknown }, headers };
  }

  const serial = nearest.walked === "none" ? key.serial : undefined;
  if (requested === "gs1:traceability") {
    try {
      const document = await epcisDocument(trace.lot.id, serial);
      headers.set("Content-Type", "application/ld+json; charset=utf-8");
      return { response: new Response(JSON.stringify(document), { status: 200, headers }) };
    } catch (error) {
      console.error(`Could not export ${path} as EPCIS:`, error);
      return { view: { kind: "unavailable" }, headers };
    }
  }
  // A GET of the page is a view, queued as a scan, never waited on (features/trace/scans.server.ts);
  // HEAD, OPTIONS, the EPCIS export and the resolver's answers are not.
  const isGet = request.method === "GET";
  const target: ScanTarget = { lot_id: trace.lot.id, ...(serial ? { serial } : {}), via: key.kind };
  if (isGet) recordView(request, target);
  let standing: SerialStanding | null = null;
  let standingFailed = false;
  if (serial && isGet) {
    standing = await unitStanding(trace.lot.id, serial).catch((error: unknown) => {
      console.error(`Could not read the scans of ${path}:`, error);
      standingFailed = true;
      return null;
    });
  }
  // Saved data, or a unit whose scans could not be read, is shown with a
  // notice and never stored by a cache as if it were live.
  const offline = savedAt.length > 0 || standingFailed ? { savedAt: savedAt.length ? new Date(Math.min(...savedAt)) : null } : null;
  headers.set("Cache-Control", cacheControl(offline ? "private" : "trace"));
  const checkedAt = new Date();
  const walkedFrom = nearest.walked === "to-lot" && key.serial ? { serial: key.serial } : null;
  const view: ScanView = { kind: "trace", product, trace, key: { ...key, serial }, standing, checkedAt, walkedFrom, offline };
  if (offline || !isGet) return { view, headers };
  // Kept rendered until the certificate's next edge (the page judges it when rendered), at most a minute.
  const maxAge = pageCacheUntil([product.ocop?.certificate?.expiresAt], checkedAt);
  if (maxAge === 0) return { view, headers };
  headers.set(SCAN_TARGET_HEADER, JSON.stringify({ target, locale } satisfies ScanMark));
  return { view, headers, cache: { maxAge, tags: [CATALOGUE_TAG, TRACE_TAG] } };
}
