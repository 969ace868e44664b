import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, productPhotoBody } from "./photo.server.ts";

describe("productPhotoBody", () => {
  it("re-encodes a photo as a WebP no larger than 1600 px", async () => {
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2e7d32" } })
      .png()
      .toBuffer();
    const body = await productPhotoBody(new File([new Uint8Array(png)], "IMG_0001.png", { type: "image/png" }));
    expect(body?.filename).toBe("photo.webp");
    const webp = Buffer.from(body?.content_base64 ?? "", "base64");
    expect(await sharp(webp).metadata()).toMatchObject({ format: "webp", width: 1600, height: 800 });
  });

  it("refuses a missing, empty, too large or unreadable upload", async () => {
    expect(await productPhotoBody(null)).toBeNull();
    expect(await productPhotoBody(new File([], "empty.jpg"))).toBeNull();
    expect(await productPhotoBody(new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "huge.jpg"))).toBeNull();
    expect(await productPhotoBody(new File([new TextEncoder().encode("not an image")], "x.jpg"))).toBeNull();
  });
});
