// @ts-check
import node from "@astrojs/node";
import { defineConfig, envField } from "astro/config";

// Every variable the storefront reads is declared here once and read through
// `astro:env/server`; Astro stops with the variable's name if one is invalid.
// All are `access: "secret"` because Astro inlines "public" server variables at
// build time, and one build must serve any backend and any domain.
export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
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
      PUBLIC_SITE_URL: envField.string({
        context: "server",
        access: "secret",
        url: true,
        default: "http://localhost:4321",
      }),
    },
  },
});
