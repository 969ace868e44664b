import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { HTML, jpegWithGps, pngBomb, RANDOM, RIFF_HTML } from "./__fixtures__/images"
import { cleanImage } from "./image"

describe("cleanImage", () => {
  it("re-encodes a phone photo as WebP within 1600 px, with no EXIF, GPS or other metadata left", async () => {
    const photo = await jpegWithGps()
    expect((await sharp(photo).metadata()).exif?.toString("latin1")).toContain("Nguyen Van A")

    const outcome = await cleanImage(photo)
    if (!("file" in outcome)) throw new Error(`refused: ${JSON.stringify(outcome.problem)}`)
    expect(outcome.file).toMatchObject({ mimeType: "image/webp", extension: "webp" })
    const stored = await sharp(outcome.file.content).metadata()
    expect(stored).toMatchObject({ format: "webp", width: 1600, height: 1200 })
    expect(stored.exif).toBeUndefined()
    expect(stored.xmp).toBeUndefined()
    expect(stored.icc).toBeUndefined()
    expect(outcome.file.content.includes("Nguyen Van A")).toBe(false)
  })

  it("keeps nothing of the original bytes, so a script appended to a photo is gone", async () => {
    const outcome = await cleanImage(Buffer.concat([await jpegWithGps(), HTML]))
    if (!("file" in outcome)) throw new Error("refused")
    expect(outcome.file.content.includes("<script>")).toBe(false)
  })

  it.each([
    ["an HTML page", HTML],
    ["RIFF….WEBP followed by HTML", RIFF_HTML],
    ["random bytes", RANDOM],
    ["a JPEG cut off after its first bytes", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1])],
  ])("refuses %s as not an image", async (_, bytes) => {
    expect(await cleanImage(bytes)).toEqual({ problem: { code: "not_image", params: { allowed: "JPEG, PNG, WebP" } } })
  })

  it("refuses a picture of too many pixels from its header, before decoding it", async () => {
    // The bomb's pixel data is a few bytes: decoding it would fail as corrupt (not_image), so
    // too_many_pixels shows the refusal came from the header alone.
    expect(await cleanImage(pngBomb())).toEqual({ problem: { code: "too_many_pixels", params: { max_megapixels: 50 } } })
    expect(await cleanImage(pngBomb(100, 100))).toEqual({ problem: { code: "not_image", params: { allowed: "JPEG, PNG, WebP" } } })
  })

  it("refuses a file over the size limit without decoding it", async () => {
    const big = Buffer.concat([await jpegWithGps(), Buffer.alloc(15 * 1024 * 1024)])
    expect(await cleanImage(big)).toEqual({ problem: { code: "file_too_large", params: { max_mb: 15 } } })
  })
})
