import { readdir } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { HTML, jpegWithGps, pngBomb, RANDOM, RIFF_HTML } from "../../backend/src/uploads/__fixtures__/images.ts";
import { testPlatformConfig } from "../harness/test-platform.ts";

/** README, "Security": one upload pipeline on every route that takes a file, and stored files served safely. */
const { storefrontUrl, backendUrl } = inject("platform");
const PASSWORD = "ocop-demo-2026";
/** Where `npm start` (and so the test platform) keeps uploads: UPLOAD_DIR, beside the database. */
const UPLOADS = path.join(testPlatformConfig().dataDir, "uploads");

const storedFiles = async () => (await readdir(UPLOADS).catch(() => [])).length;

async function backendToken(actor: "producer" | "user", email: string): Promise<string> {
  const response = await fetch(`${backendUrl}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

let producer = "";
let admin = "";
let productId = "";

/** The product's photos, as the admin API lists them. */
async function productImages(): Promise<string[]> {
  const response = await fetch(`${backendUrl}/admin/products/${productId}?fields=images.url`, { headers: { authorization: `Bearer ${admin}` } });
  return ((await response.json()) as { product: { images: { url: string }[] } }).product.images.map((i) => i.url);
}

beforeAll(async () => {
  producer = await backendToken("producer", "haodat@ocop-demo.vn");
  admin = await backendToken("user", "admin@ocop-demo.vn");
  // A draft of its own, so the photos added here change no page the other tests look at.
  const created = await fetch(`${backendUrl}/producer/products`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${producer}` },
    body: JSON.stringify({ title: "Chè thử ảnh tải lên", product_set: "tea", variant_title: "100 g", price_vnd: 100_000, stock: 1 }),
  });
  expect(created.status).toBe(201);
  productId = ((await created.json()) as { product: { id: string } }).product.id;
});

/** A stored upload is served with its real type, unsniffed, sandboxed. */
async function expectServedAsWebp(url: string): Promise<Buffer> {
  expect(url.startsWith(`${backendUrl}/uploads/`)).toBe(true);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/webp");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-security-policy")).toContain("sandbox");
  return Buffer.from(await response.arrayBuffer());
}

async function expectCleanPhoto(url: string) {
  const stored = await sharp(await expectServedAsWebp(url)).metadata();
  expect(stored).toMatchObject({ format: "webp", width: 1600, height: 1200 });
  expect(stored.exif).toBeUndefined();
}

const BAD_FILES = [
  ["an HTML file named .webp", HTML, "not_image"],
  ["RIFF….WEBP followed by HTML", RIFF_HTML, "not_image"],
  ["random bytes", RANDOM, "not_image"],
  ["a PNG header claiming 20000 × 20000", pngBomb(), "too_many_pixels"],
] as const;

describe("POST /producer/products/:id/images (backend API)", () => {
  const send = (bytes: Buffer | string, filename = "photo.webp") =>
    fetch(`${backendUrl}/producer/products/${productId}/images`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${producer}` },
      body: JSON.stringify({ filename, content_base64: typeof bytes === "string" ? bytes : bytes.toString("base64") }),
    });

  it.each(BAD_FILES)("refuses %s with a 400 naming the problem, and stores nothing", async (_, bytes, code) => {
    const [before, images] = [await storedFiles(), await productImages()];
    const response = await send(bytes);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: unknown[] }).fields).toEqual([expect.objectContaining({ field: "content_base64", code })]);
    expect(await storedFiles()).toBe(before);
    expect(await productImages()).toEqual(images);
  });

  it("stores a phone photo re-encoded as WebP, without its EXIF and GPS", async () => {
    const before = await storedFiles();
    const response = await send(await jpegWithGps(), "IMG_0001.jpg");
    expect(response.status).toBe(201);
    // One file more where the refusals above found none more: they looked in the right place.
    expect(await storedFiles()).toBe(before + 1);
    const { url } = (await response.json()) as { url: string };
    expect(url).toMatch(/\.webp$/);
    await expectCleanPhoto(url);
    expect(await productImages()).toContain(url);
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await send("A".repeat(22 * 1024 * 1024));
    expect(response.status).toBe(413);
  });
});

describe("the portal's photo form (storefront)", () => {
  let cookie = "";
  beforeAll(async () => {
    const response = await fetch(`${storefrontUrl}/producer/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: storefrontUrl },
      body: new URLSearchParams({ email: "haodat@ocop-demo.vn", password: PASSWORD }),
    });
    expect(response.status).toBe(303);
    cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  });

  const upload = (bytes: Buffer, name = "photo.webp", type = "image/webp") => {
    const form = new FormData();
    form.set("intent", "photo");
    form.set("photo", new File([new Uint8Array(bytes)], name, { type }));
    return fetch(`${storefrontUrl}/producer/products/${productId}`, { method: "POST", redirect: "manual", headers: { cookie, origin: storefrontUrl }, body: form });
  };

  it.each([
    ...BAD_FILES.map(
      ([what, bytes, code]) => [what, bytes, code === "not_image" ? "không phải ảnh JPEG, PNG, WebP đọc được." : "có quá nhiều điểm ảnh (tối đa 50 megapixel)"] as const,
    ),
  ])("refuses %s in Vietnamese, and stores nothing", async (_, bytes, says) => {
    const [before, images] = [await storedFiles(), await productImages()];
    const response = await upload(bytes);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(`Ảnh: ${says}`);
    expect(await storedFiles()).toBe(before);
    expect(await productImages()).toEqual(images);
  });

  it("stores a phone photo through the same pipeline: WebP, no EXIF", async () => {
    const images = await productImages();
    const response = await upload(await jpegWithGps(), "IMG_0002.jpg", "image/jpeg");
    expect(response.status).toBe(303);
    const added = (await productImages()).filter((url) => !images.includes(url));
    expect(added).toHaveLength(1);
    await expectCleanPhoto(added[0] ?? "");
  });

  it("refuses a body over the limit with 413 before reading it", async () => {
    const response = await upload(Buffer.concat([await jpegWithGps(), Buffer.alloc(16 * 1024 * 1024)]), "big.jpg", "image/jpeg");
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Ảnh: tệp quá lớn (tối đa 15 MB).");
  });
});

describe("Medusa's /admin/uploads (the admin's media)", () => {
  const upload = (bytes: Buffer, name: string, type: string) => {
    const form = new FormData();
    form.append("files", new File([new Uint8Array(bytes)], name, { type }));
    return fetch(`${backendUrl}/admin/uploads`, { method: "POST", headers: { authorization: `Bearer ${admin}` }, body: form });
  };

  it.each([...BAD_FILES, ["an HTML file named .pdf", HTML, "not_pdf"] as const])("refuses %s and stores nothing", async (_, bytes, code) => {
    const before = await storedFiles();
    const pdf = code === "not_pdf";
    const response = await upload(bytes, pdf ? "report.pdf" : "photo.webp", pdf ? "application/pdf" : "image/webp");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: unknown[] }).fields).toEqual([expect.objectContaining({ field: "files.0", code })]);
    expect(await storedFiles()).toBe(before);
  });

  it("stores a photo re-encoded as WebP, and a PDF served only as a download", async () => {
    const response = await upload(await jpegWithGps(), "IMG_0003.jpg", "image/jpeg");
    expect(response.status).toBe(200);
    const { files } = (await response.json()) as { files: { url: string }[] };
    await expectCleanPhoto(files[0]?.url ?? "");

    const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n", "latin1");
    const stored = (await (await upload(pdf, "ho-so.pdf", "application/pdf")).json()) as { files: { url: string }[] };
    const served = await fetch(stored.files[0]?.url ?? "");
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w.-]+\.pdf"$/);
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it("refuses a body declared over the limit with 413 before reading a byte of it", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${backendUrl}/admin/uploads`, {
        method: "POST",
        headers: { authorization: `Bearer ${admin}`, "content-type": "multipart/form-data; boundary=x", "content-length": String(200 * 1024 * 1024) },
      });
      request.on("response", (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on("error", reject);
      request.flushHeaders();
    });
    expect(status).toBe(413);
  });
});

describe("the certificate import form (staff)", () => {
  it("refuses a file that is not CSV text, in Vietnamese", async () => {
    const login = await fetch(`${storefrontUrl}/staff/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: storefrontUrl },
      body: new URLSearchParams({ email: "admin@ocop-demo.vn", password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const form = new FormData();
    form.set("intent", "check");
    form.set("file", new File([new Uint8Array(await jpegWithGps())], "list.csv", { type: "text/csv" }));
    const response = await fetch(`${storefrontUrl}/staff/certificates`, { method: "POST", redirect: "manual", headers: { cookie, origin: storefrontUrl }, body: form });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Tệp không phải văn bản CSV (UTF-8)");
  });
});
