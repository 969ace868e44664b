import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { backendBuildDir, backendSourceDir } from "./backend.ts";
import { loadPlatformConfig, type PlatformConfig, repoRoot } from "./config.ts";
import { logger, runProcess } from "./processes.ts";

const STAMP = ".build-stamp";
export const storefrontBuildDir = path.join(repoRoot, "dist");
const coreBuildDir = path.join(repoRoot, "packages/core/dist");

type Target = {
  name: string;
  outDir: string;
  inputs: string[];
  /** Settings baked into the build: a change of one means building again. */
  baked: Record<string, string>;
  build: (log: (line: string) => void) => Promise<void>;
};

function targets(config: PlatformConfig): Target[] {
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ASTRO_TELEMETRY_DISABLED: "1" };
  // Both sides read the shared package's build: a change there rebuilds it, then both sides.
  const core = ["packages/core/src", "packages/core/package.json", "packages/core/tsconfig.json", "packages/core/build.mjs"];
  return [
    {
      name: "core",
      outDir: coreBuildDir,
      inputs: core,
      baked: {},
      build: (log) => runProcess(process.execPath, [path.join(repoRoot, "packages/core/build.mjs")], { cwd: repoRoot, env, log }),
    },
    {
      name: "storefront",
      outDir: storefrontBuildDir,
      inputs: ["src", "public", "content", "astro.config.mjs", "package-lock.json", ...core],
      baked: {},
      build: (log) =>
        runProcess(process.execPath, [path.join(repoRoot, "node_modules/astro/bin/astro.mjs"), "build"], {
          cwd: repoRoot,
          env,
          log,
        }),
    },
    {
      name: "backend",
      outDir: backendBuildDir,
      inputs: ["backend/src", "backend/medusa-config.ts", "backend/tsconfig.json", "package-lock.json", ...core],
      baked: { MEDUSA_ADMIN: String(config.adminEnabled) },
      build: (log) =>
        runProcess(process.execPath, [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "build"], {
          cwd: backendSourceDir,
          env: {
            ...env,
            NODE_ENV: "production",
            MEDUSA_ADMIN: String(config.adminEnabled),
            // medusa-config validates its environment even while building.
            DATABASE_URL: "postgres://build@localhost/build",
            JWT_SECRET: "build-time-placeholder-not-used",
            COOKIE_SECRET: "build-time-placeholder-not-used",
          },
          log,
        }),
    },
  ];
}

/**
 * Builds the shared package, the storefront and the backend for production, each only when its
 * sources or baked-in settings changed since the last build (a stamp file in
 * the output records a hash of them).
 */
export async function buildIfStale(config: PlatformConfig, options: { force?: boolean } = {}): Promise<void> {
  for (const target of targets(config)) {
    const log = logger(`build:${target.name}`, 35);
    const hash = await hashInputs(target);
    const stampFile = path.join(target.outDir, STAMP);
    const previous = existsSync(stampFile) ? await readFile(stampFile, "utf8") : "";
    if (!options.force && previous === hash) {
      log("up to date");
      continue;
    }
    log("building…");
    await target.build(log);
    await writeFile(stampFile, hash);
  }
}

async function hashInputs(target: Target): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(target.baked));
  for (const input of target.inputs) {
    for (const file of await listFiles(path.join(repoRoot, input))) {
      hash.update(path.relative(repoRoot, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest("hex");
}

async function listFiles(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const found = await readdir(entry, { withFileTypes: true, recursive: true }).catch(() => null);
  if (found === null) return [entry]; // a file, not a folder
  return found
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

// `npm run build`: build both sides now, whatever the stamps say.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await buildIfStale(loadPlatformConfig(), { force: true });
}
