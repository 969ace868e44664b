import { PUBLIC_SITE_URL } from "astro:env/server";
import type { APIRoute } from "astro";
import { LINK_TYPES } from "../../features/trace/resolver.ts";

/**
 * GET /.well-known/gs1resolver — the resolver's description, as GS1's
 * resolver standard asks: what it resolves, the link types it serves, and
 * our own short-code path for products without a GTIN.
 */
export const GET: APIRoute = () =>
  Response.json(
    {
      name: "OCOP Thái Nguyên — QR resolver",
      resolverRoot: PUBLIC_SITE_URL.replace(/\/+$/, ""),
      supportedPrimaryKeys: ["gtin"],
      supportedKeyQualifiers: { gtin: ["10", "21"] },
      supportedLinkType: [{ namespace: "https://gs1.org/voc/", prefix: "gs1:", profile: "https://ref.gs1.org/voc/?show=linktypes" }],
      linkTypes: LINK_TYPES.filter((type) => type !== "all"),
      linkTypeDefaultCanBeLinkset: false,
      validatesCheckDigit: true,
      languages: ["vi", "en"],
      localePrefixes: { vi: "", en: "/en" },
      shortCodes: {
        description: "Products without a GTIN: /t/{8-character lot code}[/{unit serial}], same answers and link types",
        pattern: "/t/{code}[/{serial}]",
      },
    },
    { headers: { "Cache-Control": "public, max-age=3600" } },
  );
