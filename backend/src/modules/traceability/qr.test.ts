import jsQR from "jsqr"
import { PNG } from "pngjs"
import { describe, expect, it } from "vitest"
import { labelSheetPdf } from "./labels"
import { serialPath, siteUri } from "./links"
import { qrPng, qrSvg } from "./qr"

const uri = siteUri("https://ocop.example.vn/", serialPath({ gtin: "08939990000016", code: "HDTOMNON10-L01", short_code: "DM000001" }, "DEMO-UNIT-0001"))

describe("QR codes and labels", () => {
  it("encodes exactly the resolver's URI, and decodes back to it", async () => {
    expect(uri).toBe("https://ocop.example.vn/01/08939990000016/10/HDTOMNON10-L01/21/DEMO-UNIT-0001")
    const png = PNG.sync.read(await qrPng(uri))
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(decoded?.data).toBe(uri)
  })

  it("makes an SVG for print", async () => {
    const svg = await qrSvg(uri)
    expect(svg).toMatch(/^<svg[^>]+viewBox/)
    expect(svg).toContain("<path")
  })

  it("lays labels out on A4 pages, 21 to a page", async () => {
    const labels = Array.from({ length: 22 }, (_, i) => ({ uri: `${uri}${i}`, caption: `S${i}` }))
    const pdf = await labelSheetPdf({ productTitle: "Chè tôm nõn Hảo Đạt", lotCode: "L01", expiresOn: "30/10/2027", ocopStars: 5, labels })
    const text = pdf.toString("latin1")
    expect(text.startsWith("%PDF-")).toBe(true)
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(2)
    expect(text).toContain("/MediaBox [0 0 595.28 841.89]")
  })
})
