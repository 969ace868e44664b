import { IMAGE_RULES, imagePrecheck, notImage, sniffType, tooManyPixels, type UploadProblem } from "@ocop/core"
import sharp from "sharp"

/** A file the pipeline made, ready for the file module. */
export type CleanFile = { content: Buffer; mimeType: string; extension: string }
export type Outcome = { file: CleanFile } | { problem: UploadProblem }

/** sharp's name for each type we take, to check that what decodes is what the bytes said. */
const FORMATS: Record<string, string> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" }

/**
 * A photo as we store it, whoever sent it: checked by its real type and size,
 * its pixel count read from the header and refused before anything is decoded
 * (sharp's `limitInputPixels` refuses again while decoding, should a header
 * lie), then decoded, turned upright, fitted within IMAGE_RULES.maxSide and
 * re-encoded as WebP. Re-encoding keeps no metadata: EXIF (GPS, camera,
 * owner), XMP and ICC profiles are dropped, and nothing of the original bytes
 * (a script appended to a JPEG, a polyglot) survives.
 */
export async function cleanImage(bytes: Buffer): Promise<Outcome> {
  const early = imagePrecheck(bytes.length, bytes.subarray(0, 16))
  if (early) return { problem: early }
  let header: sharp.Metadata
  try {
    // The header only: no pixel is decoded here, so its size can be judged first.
    header = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    return { problem: notImage() }
  }
  if (header.format !== FORMATS[sniffType(bytes) ?? ""]) return { problem: notImage() }
  if (!header.width || !header.height) return { problem: notImage() }
  if (header.width * header.height > IMAGE_RULES.maxPixels) return { problem: tooManyPixels() }
  try {
    const content = await sharp(bytes, { limitInputPixels: IMAGE_RULES.maxPixels, failOn: "error" })
      .rotate()
      .resize({ width: IMAGE_RULES.maxSide, height: IMAGE_RULES.maxSide, fit: "inside", withoutEnlargement: true })
      .webp({ quality: IMAGE_RULES.quality })
      .toBuffer()
    return { file: { content, mimeType: "image/webp", extension: "webp" } }
  } catch {
    // The header was fine but the pixels are not: truncated or corrupt data.
    return { problem: notImage() }
  }
}
