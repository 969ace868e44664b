import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";

/**
 * The storefront's own server compresses what a browser asks it to (the
 * embedded default has no proxy). Read with node:http, which does not decode,
 * so the sizes are the bytes on the wire.
 */
const { storefrontUrl } = inject("platform");
const LOT = "/01/08939990000016/10/HDTOMNON10-L01";
/** The lot's page: its GS1 Digital Link URI redirects there (GS1's resolver standard). */
const LOT_PAGE = `/trace${LOT}`;

function raw(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${storefrontUrl}${path}`, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

describe("compressed answers", () => {
  it("sends a trace page as brotli or gzip when asked, small on the wire, and the same page decoded", async () => {
    const plain = await raw(LOT_PAGE);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);

    const br = await raw(LOT_PAGE, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    const brHtml = brotliDecompressSync(br.body).toString("utf8");
    expect(brHtml).toContain("Hành trình của lô hàng");
    expect(br.body.length).toBeLessThanOrEqual(6 * 1024);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);

    const gzip = await raw(`/en${LOT_PAGE}`, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString("utf8")).toContain("journey");
  });

  it("compresses JSON and leaves images alone", async () => {
    const json = await raw(`${LOT}?linkType=all`, "br");
    expect(json.status).toBe(200);
    expect(json.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(json.body).toString("utf8"))).toBeTypeOf("object");
    const favicon = await raw("/favicon.svg", "br");
    expect(favicon.status).toBe(200);
  });
});
