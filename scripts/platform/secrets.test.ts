import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOrCreateSecrets } from "./secrets.ts";

describe("loadOrCreateSecrets", () => {
  it("makes the secrets once, private to the owner, and returns the same ones after a restart", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ocop-secrets-"));
    const first = await loadOrCreateSecrets(dir);
    expect(first.jwtSecret).toHaveLength(43);
    expect((await stat(path.join(dir, "secrets.json"))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSecrets(dir)).toEqual(first);
  });

  it("adds a secret a newer version needs without changing the existing ones", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ocop-secrets-"));
    const old = { jwtSecret: "j".repeat(43), cookieSecret: "c".repeat(43), postgresPassword: "p".repeat(43) };
    await writeFile(path.join(dir, "secrets.json"), JSON.stringify(old));
    const secrets = await loadOrCreateSecrets(dir);
    expect(secrets).toMatchObject(old);
    expect(secrets.cacheSecret.length).toBeGreaterThanOrEqual(32);
    expect(secrets.scanSecret.length).toBeGreaterThanOrEqual(32);
    expect(secrets.orderSecret.length).toBeGreaterThanOrEqual(32);
    expect(JSON.parse(await readFile(path.join(dir, "secrets.json"), "utf8"))).toMatchObject(old);
  });

  it("refuses a damaged file rather than replacing the database password", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ocop-secrets-"));
    await writeFile(path.join(dir, "secrets.json"), JSON.stringify({ jwtSecret: "short" }));
    await expect(loadOrCreateSecrets(dir)).rejects.toThrow(/damaged/);
  });
});
