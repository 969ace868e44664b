import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const secretsSchema = z.object({
  jwtSecret: z.string().min(32),
  cookieSecret: z.string().min(32),
  postgresPassword: z.string().min(16),
  cacheSecret: z.string().min(32),
  scanSecret: z.string().min(32),
  orderSecret: z.string().min(32),
});

export type PlatformSecrets = z.infer<typeof secretsSchema>;

/**
 * Secrets the two sides share, made on the first start and kept in the data
 * folder (git-ignored, mode 600) so sessions and the embedded database survive
 * a restart. A secret added in a later version is made and saved beside the
 * existing ones. JWT_SECRET / COOKIE_SECRET / CACHE_INVALIDATION_SECRET /
 * TRACE_SCAN_SECRET / ORDER_PROOF_SECRET in the environment win over the file.
 */
export async function loadOrCreateSecrets(dataDir: string): Promise<PlatformSecrets> {
  const file = path.join(dataDir, "secrets.json");
  const stored: Record<string, unknown> = existsSync(file) ? JSON.parse(await readFile(file, "utf8")) : {};
  const filled = Object.fromEntries(Object.keys(secretsSchema.shape).map((key) => [key, stored[key] ?? token()]));
  const parsed = secretsSchema.safeParse(filled);
  if (!parsed.success) {
    throw new Error(`${file} is damaged (${parsed.error.message}). Restore it from a backup; deleting it makes new secrets, which the existing database will not accept.`);
  }
  if (Object.keys(secretsSchema.shape).some((key) => stored[key] === undefined)) {
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(parsed.data, null, 2), { mode: 0o600 });
  }
  return withOverrides(parsed.data);
}

function withOverrides(secrets: PlatformSecrets): PlatformSecrets {
  return {
    ...secrets,
    jwtSecret: process.env.JWT_SECRET || secrets.jwtSecret,
    cookieSecret: process.env.COOKIE_SECRET || secrets.cookieSecret,
    cacheSecret: process.env.CACHE_INVALIDATION_SECRET || secrets.cacheSecret,
    scanSecret: process.env.TRACE_SCAN_SECRET || secrets.scanSecret,
    orderSecret: process.env.ORDER_PROOF_SECRET || secrets.orderSecret,
  };
}

function token(): string {
  return randomBytes(32).toString("base64url");
}
