import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"

/**
 * Medusa records every module's migrations by name in one table
 * (mikro_orm_migrations): a migration named like another module's is taken as
 * already run and silently skipped, and its tables never made. Names must be
 * unique across the modules.
 */
describe("module migrations", () => {
  it("have names no other module uses", () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const module of readdirSync(__dirname, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const dir = join(__dirname, module.name, "migrations")
      let files: string[] = []
      try {
        files = readdirSync(dir).filter((f) => /^Migration\d+\.ts$/.test(f))
      } catch {
        continue
      }
      for (const file of files) {
        const other = seen.get(file)
        if (other) clashes.push(`${file}: ${other} and ${module.name}`)
        seen.set(file, module.name)
      }
    }
    expect(seen.size).toBeGreaterThan(10)
    expect(clashes).toEqual([])
  })
})
