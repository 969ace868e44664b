import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cutAround, encode, keptHeaders, maxAgeOf, type PageEntry, PageStore, SCAN_TARGET_HEADER, splicedGzip } from "./entries.ts";

function page(bytes: number, tags: string[] = ["catalogue"], expires = 1000): PageEntry {
  return { status: 200, headers: [], html: Buffer.alloc(bytes), encoded: {}, around: null, scan: null, tags, expires, bytes };
}

describe("the store of rendered pages", () => {
  it("answers a page until it expires", () => {
    const store = new PageStore({ maxEntries: 10, maxBytes: 1000 });
    store.set("/a", page(10, [], 100));
    expect(store.get("/a", 99)).not.toBeNull();
    expect(store.get("/a", 100)).toBeNull();
    expect(store.size).toBe(0);
  });

  it("drops pages by tag and by path (with or without a query)", () => {
    const store = new PageStore({ maxEntries: 10, maxBytes: 1000 });
    store.set("/t/A", page(1, ["trace", "catalogue"]));
    store.set("/t/A?linkType=all", page(1, ["other"]));
    store.set("/products/x", page(1, ["catalogue"]));
    expect(store.invalidate({ tags: ["trace"] })).toBe(1);
    expect(store.invalidate({ path: "/t/A" })).toBe(1);
    expect(store.get("/products/x", 0)).not.toBeNull();
    expect(store.invalidate({ tags: ["catalogue"] })).toBe(1);
    expect(store.size).toBe(0);
  });

  it("is bounded by count and by bytes, the least recently used first out", () => {
    const store = new PageStore({ maxEntries: 2, maxBytes: 100 });
    store.set("/a", page(10));
    store.set("/b", page(10));
    store.get("/a", 0);
    store.set("/c", page(10));
    expect(store.get("/b", 0)).toBeNull();
    expect(store.get("/a", 0)).not.toBeNull();
    const a = store.get("/a", 0) as PageEntry;
    store.grew(a, 95); // its encodings push the total over the bytes
    expect(store.get("/c", 0)).toBeNull();
    expect(store.size).toBe(1);
  });
});

describe("a page's live part", () => {
  it("is cut out between its markers, once each", () => {
    expect(cutAround("a<!--s-->x<!--e-->b", "<!--s-->", "<!--e-->")).toEqual({ before: "a", after: "b", rendered: "<!--s-->x<!--e-->" });
    expect(cutAround("a<!--s-->x", "<!--s-->", "<!--e-->")).toBeNull();
    expect(cutAround("<!--s--><!--s--><!--e-->", "<!--s-->", "<!--e-->")).toBeNull();
  });
});

describe("what is kept with a page", () => {
  it("leaves out headers of one body or one run, and the scan mark", () => {
    const headers = new Headers({
      "content-type": "text/html",
      "content-encoding": "br",
      "content-length": "5",
      "cdn-cache-control": "max-age=60",
      "cache-tag": "t",
      [SCAN_TARGET_HEADER]: "{}",
      link: "<x>",
    });
    expect(keptHeaders(headers).map(([name]) => name)).toEqual(["content-type", "link"]);
  });

  it("reads the max-age Astro.cache set", () => {
    expect(maxAgeOf("max-age=60")).toBe(60);
    expect(maxAgeOf("stale-while-revalidate=5, max-age=7")).toBe(7);
    expect(maxAgeOf(null)).toBe(0);
  });

  it("encodes to what decodes back", () => {
    const html = Buffer.from("<p>Chè Tân Cương</p>".repeat(50));
    expect(brotliDecompressSync(encode(html, "br", true)).equals(html)).toBe(true);
    expect(gunzipSync(encode(html, "gzip", false)).equals(html)).toBe(true);
    expect(encode(html, null, true)).toBe(html);
  });
});

describe("a live part spliced into a kept page as gzip", () => {
  const page = `<!doctype html><main>${"<p>Chè tôm nõn Hảo Đạt, Tân Cương</p>".repeat(300)}<!--s-->old<!--e-->${"<li>Thu hoạch · Chế biến · Đóng gói</li>".repeat(300)}</main>`;

  it("decodes to the page with the live part in place, whatever the live part", () => {
    const around = cutAround(page, "<!--s-->", "<!--e-->");
    expect(around).not.toBeNull();
    for (const live of ["", "<p>Đã quét 1.234 lần.</p>", "x".repeat(70_000), "<p>Chè tôm nõn</p>".repeat(40)]) {
      const body = splicedGzip(around as NonNullable<typeof around>, live);
      expect(gunzipSync(body).toString("utf8")).toBe(`${around?.before}${live}${around?.after}`);
    }
  });

  it("is about as small as the page compressed whole", () => {
    const around = cutAround(page, "<!--s-->", "<!--e-->") as NonNullable<ReturnType<typeof cutAround>>;
    const live = "<p>Đã quét 12 lần.</p>";
    const whole = encode(Buffer.from(`${around.before}${live}${around.after}`), "gzip", true);
    expect(splicedGzip(around, live).length).toBeLessThan(whole.length * 1.1 + 64);
  });
});
