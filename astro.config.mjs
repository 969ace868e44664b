// @ts-check
import node from "@astrojs/node";
import { defineConfig, envField } from "astro/config";

// Every variable the storefront reads is declared here once and read through
// `astro:env/server`; Astro stops with the variable's name if one is invalid.
// All are `access: "secret"` because Astro inlines "public" server variables at
// build time, and one build must serve any backend and any domain.
export default defineConfig({
  output: "server",
  // Rendered trace and product pages from memory (Astro's route cache with a
  // provider of ours: see src/features/page-cache/provider.ts for why).
  cache: { provider: { entrypoint: "./src/features/page-cache/provider.ts", name: "ocop-pages" } },
  // Middleware mode: server.mjs is the HTTP server (it serves files only where they can be).
  adapter: node({ mode: "middleware" }),
  // A content security policy on every page, sent as a header: Astro lists the
  // hashes of the page's inline scripts and styles (no 'unsafe-inline'), so a
  // page kept by the route cache carries the policy it was rendered with.
  // The running site adds images from the backend and `frame-ancestors`
  // (features/security/headers.server.ts). Stripe's Payment Element needs its
  // script, frames and API (docs.stripe.com/security/guide#content-security-policy).
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self' https://api.stripe.com",
        "frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com",
      ],
      scriptDirective: { resources: ["'self'", "https://js.stripe.com", "https://*.js.stripe.com"] },
    },
  },
  // Every page's CSS inline, however large the site frame's grows (Astro links
  // stylesheets over 4 kB by default): a scan on mobile data waits for no
  // render-blocking request (tests/e2e/trace.spec.ts).
  build: { inlineStylesheets: "always" },
  // Scripts the other way: every page's scripts (the header's typeahead, the
  // notice line's close button) are files, fetched once and cached for good,
  // instead of being repeated in each page's HTML. Module scripts never block
  // rendering, and a page is whole without them.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined) } },
  server: { port: Number(process.env.STOREFRONT_PORT) || 4321, host: true },
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      MEDUSA_BACKEND_URL: envField.string({
        context: "server",
        access: "secret",
        url: true,
        default: "http://localhost:9000",
      }),
      // Where staff open the Medusa Admin (the /staff menu links to it); default: MEDUSA_BACKEND_URL + /app.
      MEDUSA_ADMIN_URL: envField.string({
        context: "server",
        access: "public",
        optional: true,
        url: true,
      }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({
        context: "server",
        access: "secret",
        startsWith: "pk_",
      }),
      CACHE_INVALIDATION_SECRET: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        min: 16,
      }),
      // Stripe's publishable key, for the card form (Payment Element); the backend needs STRIPE_API_KEY too.
      STRIPE_PUBLISHABLE_KEY: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        startsWith: "pk_",
      }),
      // Shared with the backend: the storefront sends its batches of scans with it (features/trace/scans.server.ts).
      TRACE_SCAN_SECRET: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        min: 16,
      }),
      // Shared with the backend: signs the device's order cookie and proves a guest's order to the backend (features/orders/).
      // Unset, a guest cannot be shown their confirmation, so a storefront that sells needs it; `npm start` sets it.
      ORDER_PROOF_SECRET: envField.string({
        context: "server",
        access: "secret",
        optional: true,
        min: 16,
      }),
      // Where views wait until the backend has stored them; `npm start` puts it in the data folder.
      SCAN_JOURNAL_DIR: envField.string({
        context: "server",
        access: "secret",
        optional: true,
      }),
      // Failed logins, registrations, resets and invitations an e-mail or a visitor may have per window (features/security/attempts.server.ts).
      RATE_LIMIT_FAILURES: envField.number({ context: "server", access: "secret", int: true, gt: 0, default: 10 }),
      RATE_LIMIT_WINDOW_MINUTES: envField.number({ context: "server", access: "secret", int: true, gt: 0, default: 15 }),
      // Livestream "watch" links a visitor may follow per minute (features/livestreams/routes.server.ts).
      RATE_LIMIT_CLICKS_PER_MINUTE: envField.number({ context: "server", access: "secret", int: true, gt: 0, default: 30 }),
      // Proxies whose X-Forwarded-For names the visitor: addresses, CIDR ranges, "loopback", or "none".
      TRUSTED_PROXIES: envField.string({ context: "server", access: "secret", default: "loopback" }),
      // The header a trusted proxy (TRUSTED_PROXIES) sets to the visitor's region (e.g. cf-ipcountry); unset, no view has a region.
      TRACE_REGION_HEADER: envField.string({ context: "server", access: "secret", optional: true }),
      // Trace page requests a client may make per minute (features/trace/scan-client.server.ts); beyond, a 429 page.
      TRACE_PAGE_RATE_PER_MINUTE: envField.number({ context: "server", access: "secret", int: true, gt: 0, default: 120 }),
      // Rate-limit counts shared by every storefront (and the backend); unset, each process counts in memory.
      REDIS_URL: envField.string({ context: "server", access: "secret", optional: true, url: true }),
      // The operator's contact in the site footer (features/site/contact.ts); unset, a sample contact marked as demo data.
      OPERATOR_EMAIL: envField.string({ context: "server", access: "secret", optional: true }),
      OPERATOR_PHONE: envField.string({ context: "server", access: "secret", optional: true }),
      OPERATOR_ADDRESS: envField.string({ context: "server", access: "secret", optional: true }),
      PUBLIC_SITE_URL: envField.string({
        context: "server",
        access: "secret",
        url: true,
        default: "http://localhost:4321",
      }),
    },
  },
});
