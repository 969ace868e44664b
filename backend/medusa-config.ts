import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readBackendEnv } from "./src/config/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Every variable the backend reads is validated in src/config/env.ts; a bad or
// missing one stops start-up with a message naming it.
const env = readBackendEnv(process.env)

/** Modules that only make sense past one machine: they all need Redis. */
function redisModules(redisUrl: string) {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

/**
 * Medusa's Search Module: on Meilisearch when MEILISEARCH_HOST is set (our
 * provider on the official client), else on Postgres with the unaccented
 * "simple" text search configuration our OCOP migration creates (Postgres has
 * no Vietnamese stemmer, and English stemming mangles Vietnamese syllables).
 * The index definitions in src/search/ serve both.
 */
function searchModule() {
  const provider = env.MEILISEARCH_HOST
    ? {
        resolve: "./src/modules/meilisearch-search",
        id: "meilisearch",
        options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
      }
    : { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { language: "simple" } }
  return { resolve: "@medusajs/medusa/search", options: { providers: [provider] } }
}

/**
 * How buyers pay: cash on delivery and VietQR bank transfer always (our
 * providers), cards through Medusa's Stripe provider only when STRIPE_API_KEY
 * is set. Region ids: pp_cod_cod, pp_vietqr_vietqr, pp_stripe_stripe.
 */
function paymentModule() {
  const providers: { resolve: string; id: string; options: Record<string, unknown> }[] = [
    { resolve: "./src/modules/payment-cod", id: "cod", options: {} },
    {
      resolve: "./src/modules/payment-vietqr",
      id: "vietqr",
      options: {
        bankBin: env.VIETQR_BANK_BIN,
        bankName: env.VIETQR_BANK_NAME,
        accountNumber: env.VIETQR_ACCOUNT_NUMBER,
        accountName: env.VIETQR_ACCOUNT_NAME,
      },
    },
  ]
  if (env.STRIPE_API_KEY) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET },
    })
  }
  return { resolve: "@medusajs/medusa/payment", options: { providers } }
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
    // Medusa marks the admin session cookie Secure in production; on a plain-HTTP
    // localhost start the admin could then never log in, so follow the backend URL.
    cookieOptions: { secure: env.MEDUSA_BACKEND_URL.startsWith("https://") },
  },
  // The admin calls the backend on its own origin, so one build serves any host and port.
  admin: { disable: env.MEDUSA_ADMIN === "false" },
  modules: [
    { resolve: "./src/modules/ocop" },
    {
      resolve: "./src/modules/traceability",
      options: { copyLimits: { clients: env.TRACE_COPY_SCAN_LIMIT, regions: env.TRACE_COPY_REGION_LIMIT }, countWindowMinutes: env.TRACE_COUNT_WINDOW_MINUTES },
    },
    searchModule(),
    paymentModule(),
    { resolve: "./src/modules/producer-orders" },
    { resolve: "./src/modules/producer-accounts" },
    { resolve: "./src/modules/campaign-pages" },
    { resolve: "./src/modules/webhook-receipts" },
    { resolve: "./src/modules/bank-transfers" },
    { resolve: "./src/modules/email-verification" },
    { resolve: "./src/modules/session" },
    { resolve: "./src/modules/livestreams" },
    { resolve: "./src/modules/showrooms" },
    { resolve: "./src/modules/bookings" },
    {
      // Medusa's e-mail and password logins, answering alike whether or not an e-mail has one.
      resolve: "@medusajs/medusa/auth",
      options: { providers: [{ resolve: "./src/modules/emailpass-even", id: "emailpass" }] },
    },
    {
      // Uploads in a folder of their own (UPLOAD_DIR, kept out of the build folder a rebuild
      // empties), served by our /uploads route (type, nosniff, sandbox; src/api/uploads) rather
      // than Medusa's bare /static, which sends neither.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: env.UPLOAD_DIR, private_upload_dir: env.UPLOAD_DIR, backend_url: `${env.MEDUSA_BACKEND_URL.replace(/\/$/, "")}/uploads` },
          },
        ],
      },
    },
    {
      // Order confirmations; the local provider writes them to the log (swap in a mail provider in production).
      resolve: "@medusajs/medusa/notification",
      options: { providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }] },
    },
    ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : []),
  ],
})
