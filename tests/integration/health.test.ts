import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "../../scripts/platform/config.ts";
import { startProcess, stopProcess, waitForHttp } from "../../scripts/platform/processes.ts";

const { storefrontUrl, publishableKey } = inject("platform");

describe("GET /health with every part up", () => {
  it("answers 200 and reports storefront, backend and database", async () => {
    const response = await fetch(`${storefrontUrl}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", storefront: "up", backend: "up", database: "up", scans_waiting: expect.any(Number) });
  });
});

describe("the storefront with its backend down", () => {
  let storefront: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    const deadBackend = `http://127.0.0.1:${await freePort()}`;
    url = `http://127.0.0.1:${port}`;
    storefront = startProcess(process.execPath, [path.join(repoRoot, "server.mjs")], {
      cwd: repoRoot,
      env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), MEDUSA_BACKEND_URL: deadBackend, MEDUSA_PUBLISHABLE_KEY: publishableKey },
      log: () => {},
    });
    await waitForHttp(`${url}/favicon.svg`, storefront, 90_000); // a loaded machine can take long to start it
  });

  afterAll(() => stopProcess(storefront));

  it("answers /health with 503 naming the backend as down", async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", storefront: "up", backend: "down", database: "unknown", scans_waiting: expect.any(Number) });
  });

  it("serves the search page with a plain notice that search is unavailable, never a 500", async () => {
    const response = await fetch(`${url}/search?q=che`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain("Tìm kiếm tạm thời không hoạt động");
  });

  it("serves the home page as a 503 with a plain message, never cached", async () => {
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain("Không tải được danh mục lúc này");
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
