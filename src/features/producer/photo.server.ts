import type { ProducerImageBody } from "@ocop/core";
import sharp from "sharp";

/** Largest photo the portal takes from a phone. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

/**
 * A product photo as the backend takes it: resized and re-encoded here, so a
 * phone's 12-megapixel photo becomes a ~150 KB WebP and its metadata (GPS…) is
 * dropped. Null when the upload is missing, too large, or not an image.
 */
export async function productPhotoBody(upload: FormDataEntryValue | null): Promise<ProducerImageBody | null> {
  if (!(upload instanceof File) || upload.size === 0 || upload.size > MAX_UPLOAD_BYTES) return null;
  try {
    const webp = await sharp(Buffer.from(await upload.arrayBuffer()), { limitInputPixels: 80_000_000 })
      .rotate()
      .resize({ width: 1600, height: 1600, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return { filename: "photo.webp", content_base64: webp.toString("base64") };
  } catch {
    return null;
  }
}
