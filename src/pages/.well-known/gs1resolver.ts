import { PUBLIC_SITE_URL } from "astro:env/server";
import type { APIRoute } from "astro";
import { LINKSET_CONTEXT } from "../../features/trace/linkset.ts";
import { preflight } from "../../features/trace/scan.server.ts";

/**
 * GET /.well-known/gs1resolver — the resolver description file of GS1's
 * resolver standard 1.2 (its schema: ref.gs1.org/standards/resolver/description-file-schema):
 * GTINs (AI 01) with their lots and serials, GS1's vocabulary for link types,
 * the linkset never the default, and GS1's JSON-LD context for linksets.
 * Our short codes (/t/{code}) are not GS1 keys and are not described here.
 */
const description = () => ({
  name: "OCOP Thái Nguyên — QR resolver",
  resolverRoot: PUBLIC_SITE_URL.replace(/\/+$/, ""),
  supportedPrimaryKeys: ["01"],
  supportedLinkType: [{ namespace: "https://gs1.org/voc/", prefix: "gs1:" }],
  linkTypeDefaultCanBeLinkset: false,
  jsonLdContextLocation: LINKSET_CONTEXT,
  contact: { fn: "OCOP Thái Nguyên" },
});

const CORS = { "Access-Control-Allow-Origin": "*" };

export const GET: APIRoute = () => Response.json(description(), { headers: { "Cache-Control": "public, max-age=3600", ...CORS } });
export const OPTIONS: APIRoute = () => preflight(new Headers(CORS));
