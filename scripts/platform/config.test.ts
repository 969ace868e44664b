import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlatformConfig, repoRoot } from "./config.ts";

describe("loadPlatformConfig", () => {
  it("runs on embedded defaults with an empty environment", () => {
    const config = loadPlatformConfig({});
    expect(config).toMatchObject({
      externalDatabaseUrl: undefined,
      dataDir: path.join(repoRoot, ".data"),
      backendPort: 9000,
      storefrontPort: 4321,
      siteUrl: "http://localhost:4321",
      backendUrl: "http://localhost:9000",
      seedDemo: true,
    });
  });

  it("takes ports and the QR domain from the environment, ignoring blank values", () => {
    const config = loadPlatformConfig({ STOREFRONT_PORT: "8080", PUBLIC_SITE_URL: "https://ocop.example.vn/", BACKEND_PORT: " " });
    expect(config.storefrontPort).toBe(8080);
    expect(config.siteUrl).toBe("https://ocop.example.vn");
    expect(config.backendPort).toBe(9000);
  });

  it("names every malformed variable in one error", () => {
    expect(() => loadPlatformConfig({ BACKEND_PORT: "90000", DATABASE_URL: "mysql://x", SEED_DEMO: "yes" })).toThrow(
      /BACKEND_PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*BACKEND_PORT/,
    );
    try {
      loadPlatformConfig({ BACKEND_PORT: "90000", DATABASE_URL: "mysql://x", SEED_DEMO: "yes" });
    } catch (error) {
      expect((error as Error).message).toContain("SEED_DEMO");
    }
  });
});
