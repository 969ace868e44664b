import path from "node:path"
import pg from "pg"
import { describe, expect, inject, it } from "vitest"
import { backendEnv, seedOnce } from "../../../scripts/platform/backend.ts"
import { repoRoot } from "../../../scripts/platform/config.ts"
import { runProcess } from "../../../scripts/platform/processes.ts"
import { loadOrCreateSecrets } from "../../../scripts/platform/secrets.ts"
import { testPlatformConfig } from "../../../tests/harness/test-platform.ts"

const { databaseUrl } = inject("platform")

async function counts() {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const one = async (sql: string) => Number((await client.query(sql)).rows[0].n)
    return {
      products: await one("select count(*) as n from product where deleted_at is null"),
      regions: await one("select count(*) as n from region where deleted_at is null"),
      keys: await one("select count(*) as n from api_key where type = 'publishable'"),
      inventoryLevels: await one("select count(*) as n from inventory_level where deleted_at is null"),
    }
  } finally {
    await client.end()
  }
}

describe("seeding", () => {
  const config = testPlatformConfig()
  const lines: string[] = []
  const log = (line: string) => lines.push(line)

  it("happens on the first start only: a seeded store is left alone", async () => {
    const before = await counts()
    expect(before.products).toBeGreaterThanOrEqual(40)
    const env = backendEnv(config, await loadOrCreateSecrets(config.dataDir), databaseUrl, "production")
    await seedOnce("production", env, log)
    expect(lines.join("\n")).toMatch(/not seeding again/)
    expect(await counts()).toEqual(before)
  })

  it("doubles nothing when the seed script itself runs again", async () => {
    const before = await counts()
    const env = backendEnv(config, await loadOrCreateSecrets(config.dataDir), databaseUrl, "production")
    await runProcess(process.execPath, [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "exec", "./src/scripts/seed.js"], {
      cwd: path.join(repoRoot, "backend/.medusa/server"),
      env,
      log,
    })
    expect(await counts()).toEqual(before)
  })
})
