import path from "node:path";
import { z } from "zod";

/** Root of the repository (scripts/platform/ is two levels down). */
export const repoRoot = path.resolve(import.meta.dirname, "../..");

const port = z.coerce.number().int().min(1).max(65535);
const url = z.url({ protocol: /^https?$/ });
const optionalText = z.string().trim().min(1).optional();

/**
 * Every variable the start-up scripts read, declared once. The backend's own
 * variables (Redis, Meilisearch, Stripe) are validated again in medusa-config,
 * the storefront's in astro.config's env schema; here we only pass them on.
 */
const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  OCOP_DATA_DIR: optionalText,
  POSTGRES_PORT: port.default(54329),
  BACKEND_PORT: port.default(9000),
  STOREFRONT_PORT: port.default(4321),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  PUBLIC_SITE_URL: url.optional(),
  MEDUSA_BACKEND_URL: url.optional(),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  MEDUSA_ADMIN: z.enum(["true", "false"]).default("true"),
});

export type PlatformConfig = {
  /** Set when the operator brings a database; then no embedded one starts. */
  externalDatabaseUrl?: string;
  dataDir: string;
  postgresPort: number;
  backendPort: number;
  storefrontPort: number;
  host: string;
  siteUrl: string;
  backendUrl: string;
  seedDemo: boolean;
  adminEnabled: boolean;
};

/** Reads and validates the environment; throws one error naming every bad variable. */
export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = schema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}\nFix these environment variables (see README, "Configuration").`);
  }
  const e = parsed.data;
  return {
    externalDatabaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(repoRoot, e.OCOP_DATA_DIR ?? ".data"),
    postgresPort: e.POSTGRES_PORT,
    backendPort: e.BACKEND_PORT,
    storefrontPort: e.STOREFRONT_PORT,
    host: e.HOST,
    siteUrl: stripSlash(e.PUBLIC_SITE_URL ?? `http://localhost:${e.STOREFRONT_PORT}`),
    backendUrl: stripSlash(e.MEDUSA_BACKEND_URL ?? `http://localhost:${e.BACKEND_PORT}`),
    seedDemo: e.SEED_DEMO === "true",
    adminEnabled: e.MEDUSA_ADMIN === "true",
  };
}

function stripSlash(value: string): string {
  return value.replace(/\/+$/, "");
}
