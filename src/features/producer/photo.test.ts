import { IMAGE_RULES } from "@ocop/core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { productPhotoBody } from "./photo.server.ts";

const NOT_IMAGE = { field: "content_base64", code: "not_image", params: { allowed: "JPEG, PNG, WebP" } };

describe("productPhotoBody", () => {
  it("sends the photo as taken, for the backend's pipeline to resize and strip", async () => {
    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2e7d32" } })
      .png()
      .toBuffer();
    const photo = await productPhotoBody(new File([new Uint8Array(png)], "IMG_0001 (2).png", { type: "image/png" }));
    if (!("body" in photo)) throw new Error("refused");
    expect(photo.body.filename).toBe("IMG_0001 2.png");
    expect(Buffer.from(photo.body.content_base64, "base64").equals(png)).toBe(true);
  });

  it("refuses a missing, empty or too large upload", async () => {
    expect(await productPhotoBody(null)).toEqual({ problem: { field: "content_base64", code: "required" } });
    expect(await productPhotoBody(new File([], "empty.jpg"))).toEqual({ problem: { field: "content_base64", code: "required" } });
    expect(await productPhotoBody(new File([new Uint8Array(IMAGE_RULES.maxBytes + 1)], "huge.jpg"))).toEqual({
      problem: { field: "content_base64", code: "file_too_large", params: { max_mb: 15 } },
    });
  });

  it("refuses by the bytes, not the name: HTML named .webp, RIFF….WEBP then HTML, text named .jpg", async () => {
    const html = "<!doctype html><script>alert(1)</script>";
    expect(await productPhotoBody(new File([html], "photo.webp", { type: "image/webp" }))).toEqual({ problem: NOT_IMAGE });
    expect(await productPhotoBody(new File([`RIFF\x40\0\0\0WEBP${html}`], "photo.webp", { type: "image/webp" }))).toEqual({ problem: NOT_IMAGE });
    expect(await productPhotoBody(new File(["not an image"], "x.jpg"))).toEqual({ problem: NOT_IMAGE });
  });
});
