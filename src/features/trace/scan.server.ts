import { PUBLIC_SITE_URL } from "astro:env/server";
import { cacheControl, pageCacheUntil } from "../cache/cache-control.ts";
import { CATALOGUE_TAG } from "../cache/memo.ts";
import { retrieveProductById } from "../catalogue/catalogue.server.ts";
import type { Product } from "../catalogue/product.ts";
import { type Locale, localePath } from "../i18n/messages.ts";
import { SCAN_TARGET_HEADER, type ScanMark } from "../page-cache/entries.ts";
import { isMalformed, type LinkType, type Malformed, parseDigitalLink, parseShortCode, requestedLinkType, type ScanKey } from "./resolver.ts";
import { recordView, type ScanTarget, unitStanding } from "./scans.server.ts";
import { epcisDocument, type PublicTrace, type Resolved, resolveKey, type SerialStanding, TRACE_TAG } from "./trace.server.ts";

/**
 * The resolver: what a scanned link answers. Pages under /01/… and /t/… call
 * `answerScan` and either return its Response (redirects, JSON-LD, linksets)
 * or render the trace page or an error page with its status.
 */
export type ScanView =
  | {
      kind: "trace";
      product: Product;
      trace: PublicTrace;
      key: ScanKey;
      standing: SerialStanding | null;
      checkedAt: Date;
      links: ResolverLink[];
      /** The backend failed: the page shows saved information (loaded at `savedAt`, when known) without live checks. */
      offline: { savedAt: Date | null } | null;
    }
  | { kind: "malformed"; problem: Malformed }
  | { kind: "bad-link-type"; linkType: string }
  | { kind: "missing" }
  | { kind: "unavailable" };

export type ResolverLink = { rel: string; type: LinkType | "default"; href: string; title: string; mediaType: string };

const VOCAB = "https://gs1.org/voc/";
const STATUS: Record<Exclude<ScanView["kind"], "trace">, number> = {
  malformed: 400,
  "bad-link-type": 404,
  missing: 404,
  unavailable: 503,
};

export function statusOf(view: ScanView): number {
  return view.kind === "trace" ? 200 : STATUS[view.kind];
}

/** `path` without the locale prefix. */
function parse(path: string, search: string): ScanKey | Malformed {
  return path.startsWith("/t/") ? parseShortCode(path) : parseDigitalLink(path, search);
}

/** The links a resolved key offers, each as an absolute URI on the public site. */
function linksFor(path: string, locale: Locale, product: Product, hasLot: boolean): ResolverLink[] {
  const site = PUBLIC_SITE_URL.replace(/\/+$/, "");
  const self = `${site}${localePath(locale, path)}`;
  const productPage = `${site}${localePath(locale, `/products/${product.handle}`)}`;
  const links: ResolverLink[] = [
    { rel: `${VOCAB}pip`, type: "gs1:pip", href: productPage, title: product.title, mediaType: "text/html" },
    {
      rel: `${VOCAB}certificationInfo`,
      type: "gs1:certificationInfo",
      href: `${productPage}#certificate-heading`,
      title: "OCOP",
      mediaType: "text/html",
    },
  ];
  if (hasLot) {
    links.unshift({ rel: `${VOCAB}defaultLink`, type: "default", href: self, title: product.title, mediaType: "text/html" });
    links.push({
      rel: `${VOCAB}traceability`,
      type: "gs1:traceability",
      href: `${self}?linkType=gs1:traceability`,
      title: "EPCIS 2.0",
      mediaType: "application/ld+json",
    });
  }
  return links;
}

/** The Link header every answer carries: where else this key leads, and the full list. */
function linkHeader(links: ResolverLink[], path: string, locale: Locale): string {
  const site = PUBLIC_SITE_URL.replace(/\/+$/, "");
  const all = `<${site}${localePath(locale, path)}?linkType=all>; rel="linkset"; type="application/linkset+json"`;
  return [...links.map((l) => `<${l.href}>; rel="${l.rel}"; type="${l.mediaType}"`), all].join(", ");
}

/** RFC 9264 linkset, as GS1 resolvers answer linkType=all. */
function linkset(links: ResolverLink[], anchor: string) {
  const entry: Record<string, unknown> = { anchor };
  for (const link of links) {
    entry[link.rel] = [{ href: link.href, title: link.title, type: link.mediaType }];
  }
  return { linkset: [entry] };
}

/** How long a rendered trace page may be served from memory, and the tags that drop it. */
export type PageCache = { maxAge: number; tags: string[] };

export async function answerScan(context: { request: Request; locale: Locale }): Promise<{ response: Response } | { view: ScanView; headers: Headers; cache?: PageCache }> {
  const { request, locale } = context;
  // The request's own URL, not Astro.url: Astro decodes and re-encodes the
  // path, which drops percent-encoded line feeds and tabs from lot codes.
  const url = new URL(request.url);
  const headers = new Headers({ "Cache-Control": cacheControl("private") });
  const path = locale === "en" ? url.pathname.slice(3) : url.pathname;
  const key = parse(path, url.search);
  if (isMalformed(key)) return { view: { kind: "malformed", problem: key }, headers };
  const linkType = requestedLinkType(url.searchParams);
  if (linkType === undefined) return { view: { kind: "bad-link-type", linkType: url.searchParams.get("linkType") ?? "" }, headers };

  let resolved: Resolved | null;
  let product: Product | null = null;
  const savedAt: number[] = [];
  try {
    const target = await resolveKey(key);
    resolved = target.value;
    if (target.savedAt !== null) savedAt.push(target.savedAt);
    if (resolved) {
      const found = await retrieveProductById(resolved.product_id);
      product = found.value;
      if (found.savedAt !== null) savedAt.push(found.savedAt);
    }
  } catch (error) {
    console.error(`Could not resolve ${path}:`, error);
    return { view: { kind: "unavailable" }, headers };
  }
  if (!resolved || !product) return { view: { kind: "missing" }, headers };

  const trace = resolved.trace;
  const links = linksFor(path, locale, product, trace !== null);
  headers.set("Link", linkHeader(links, path, locale));
  const redirect = (href: string) => {
    headers.set("Location", href);
    return { response: new Response(null, { status: 307, headers }) };
  };
  const productPage = links.find((l) => l.type === "gs1:pip")?.href as string;

  if (linkType === "gs1:pip") return redirect(productPage);
  if (linkType === "gs1:certificationInfo") return redirect(links.find((l) => l.type === "gs1:certificationInfo")?.href as string);
  if (linkType === "all") {
    headers.set("Content-Type", "application/linkset+json");
    const anchor = `${PUBLIC_SITE_URL.replace(/\/+$/, "")}${localePath(locale, path)}`;
    return { response: new Response(JSON.stringify(linkset(links, anchor)), { status: 200, headers }) };
  }
  // A GTIN alone names a product, not a lot: its default link is the product page.
  if (!trace) {
    if (linkType === "gs1:traceability") return { view: { kind: "missing" }, headers };
    return redirect(productPage);
  }

  // Every view but a HEAD is a scan: queued, never waited on (features/trace/scans.server.ts).
  const isHead = request.method === "HEAD";
  const target: ScanTarget = { lot_id: trace.lot.id, ...(key.serial ? { serial: key.serial } : {}), via: key.kind };
  if (!isHead) recordView(request, target);
  if (linkType === "gs1:traceability") {
    try {
      const document = await epcisDocument(trace.lot.id, key.serial);
      headers.set("Content-Type", "application/ld+json; charset=utf-8");
      return { response: new Response(JSON.stringify(document), { status: 200, headers }) };
    } catch (error) {
      console.error(`Could not export ${path} as EPCIS:`, error);
      return { view: { kind: "unavailable" }, headers };
    }
  }
  let standing: SerialStanding | null = null;
  let standingFailed = false;
  if (key.serial && !isHead) {
    standing = await unitStanding(trace.lot.id, key.serial).catch((error: unknown) => {
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
  const view: ScanView = { kind: "trace", product, trace, key, standing, checkedAt, links, offline };
  if (offline || isHead) return { view, headers };
  // Kept rendered until the certificate's next edge (the page judges it when rendered), at most a minute.
  const maxAge = pageCacheUntil([product.ocop?.certificate?.expiresAt], checkedAt);
  if (maxAge === 0) return { view, headers };
  headers.set(SCAN_TARGET_HEADER, JSON.stringify({ target, locale } satisfies ScanMark));
  return { view, headers, cache: { maxAge, tags: [CATALOGUE_TAG, TRACE_TAG] } };
}
