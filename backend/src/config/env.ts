import { z } from "@medusajs/framework/zod"

const origins = z
  .string()
  .trim()
  .min(1)
  .refine((value) => value.split(",").every((origin) => /^https?:\/\/[^\s,]+$/.test(origin.trim())), "must be a comma-separated list of http(s) origins")

const secret = z.string().min(16, "must be at least 16 characters")

const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional(),
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  MEDUSA_ADMIN: z.enum(["true", "false"]).default("true"),
  MEDUSA_BACKEND_URL: z.string().url().default("http://localhost:9000"),
  STORE_CORS: origins.default("http://localhost:4321"),
  ADMIN_CORS: origins.default("http://localhost:9000"),
  AUTH_CORS: origins.default("http://localhost:4321,http://localhost:9000"),
  JWT_SECRET: secret,
  COOKIE_SECRET: secret,
  STOREFRONT_URLS: origins.optional(),
  CACHE_INVALIDATION_SECRET: secret.optional(),
  /** Storefronts send it with their batches of trace-page views (POST /internal/trace/scans); unset, none are taken. */
  TRACE_SCAN_SECRET: secret.optional(),
  /** Shared with the storefront: it proves a guest's order was placed on the device asking (header x-order-proof); unset, only the logged-in customer who owns an order can read it. */
  ORDER_PROOF_SECRET: secret.optional(),
  MEILISEARCH_HOST: z.string().url().optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  STRIPE_API_KEY: z.string().startsWith("sk_", "must be a Stripe secret key (sk_…)").optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must start with whsec_").optional(),
  /** SePay's webhook API key (sent as `Authorization: Apikey …`); unset, POST /hooks/bank-transfer/sepay refuses every call with 401. */
  SEPAY_WEBHOOK_KEY: secret.optional(),
  /** The bank account VietQR transfers go to (NAPAS bank BIN, account number and holder). Demo values by default. */
  VIETQR_BANK_BIN: z
    .string()
    .regex(/^\d{6}$/, "must be the bank's 6-digit NAPAS BIN")
    .default("970436"),
  VIETQR_BANK_NAME: z.string().min(1).default("Vietcombank"),
  VIETQR_ACCOUNT_NUMBER: z
    .string()
    .regex(/^[0-9A-Za-z]{1,19}$/, "must be 1–19 letters or digits")
    .default("1234567890"),
  VIETQR_ACCOUNT_NAME: z.string().min(1).default("OCOP THAI NGUYEN DEMO"),
  /** Where uploaded files are kept (served by /uploads); relative to the backend's folder. `npm start` keeps them in its data folder. */
  UPLOAD_DIR: z.string().min(1).default("uploads"),
  /** The public site: the domain printed in QR codes and used in EPCIS exports. */
  PUBLIC_SITE_URL: z.string().url().default("http://localhost:4321"),
  /**
   * A unit whose counted scans come from this many distinct clients, or from this many regions
   * (regions only from the storefront's trusted proxy), is flagged as a likely copied code.
   */
  TRACE_COPY_SCAN_LIMIT: z.coerce.number().int().min(2).default(20),
  TRACE_COPY_REGION_LIMIT: z.coerce.number().int().min(2).default(3),
  /** A client's views of one unit count once per this many minutes toward its scan count. */
  TRACE_COUNT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  /** Failed logins, registrations, resets or invitations an e-mail or a client may have per window before it waits (src/api/security/). */
  RATE_LIMIT_FAILURES: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Livestream "watch" clicks a client may send per minute; beyond, 429. */
  RATE_LIMIT_CLICKS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** A livestream counts one click per client per this many minutes. */
  LIVESTREAM_CLICK_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  /** Proxies whose X-Forwarded-For names the client: addresses, CIDR ranges, "loopback" (the storefront on this machine); empty trusts none. */
  TRUSTED_PROXIES: z.string().default("loopback"),
})

const checked = schema.superRefine((env, ctx) => {
  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "is required with STRIPE_API_KEY (Stripe's webhooks are verified with it)" })
  }
})

export type BackendEnv = z.infer<typeof schema>

/**
 * Validates the backend's environment once, at start-up. Blank values count
 * as unset; every problem is named in one error.
 */
export function readBackendEnv(source: NodeJS.ProcessEnv): BackendEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""))
  const parsed = checked.safeParse(present)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
    throw new Error(
      `The backend's configuration is invalid:\n${problems.join("\n")}\n` +
        `Set these environment variables (README, "Configuration"); \`npm start\` sets the required ones for you.`,
    )
  }
  return parsed.data
}
