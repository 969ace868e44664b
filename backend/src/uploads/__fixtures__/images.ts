import { deflateSync } from "node:zlib"
import sharp from "sharp"

/** Test pictures, made here so each says what it is. */

const latin1 = (text: string) => Buffer.from(text, "latin1")

/** An HTML page, whatever it is named. */
export const HTML = latin1("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>")

/** "RIFF….WEBP" and then an HTML page: what the old check took for a WebP. */
export const RIFF_HTML = Buffer.concat([latin1("RIFF"), Buffer.from([0x60, 0, 0, 0]), latin1("WEBP"), HTML])

/** Bytes from no format at all (a fixed pattern, so the test is the same every run). */
export const RANDOM = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24))

/**
 * A PNG whose header claims 20,000 × 20,000 pixels (400 megapixels, 1.6 GB
 * decoded) over a few bytes of data: a decompression bomb. Its data is too
 * short to decode, so a refusal that names the pixel count can only have come
 * from the header.
 */
export function pngBomb(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // truecolour RGB
  return Buffer.concat([latin1("\x89PNG\r\n\x1a\n"), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(64))), chunk("IEND", Buffer.alloc(0))])
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([latin1(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** A phone photo: a 2400 × 1800 JPEG with its camera, owner and GPS position in EXIF. */
export function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 40, g: 120, b: 60 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 12", Artist: "Nguyen Van A" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 35/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 50/1 0/1" },
    })
    .toBuffer()
}
