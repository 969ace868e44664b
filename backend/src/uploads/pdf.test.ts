import PDFDocument from "pdfkit"
import { describe, expect, it } from "vitest"
import { HTML } from "./__fixtures__/images"
import { cleanPdf } from "./pdf"

/** A real PDF, as pdfkit (the backend's label printer) writes one. */
function realPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on("data", (c: Buffer) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    doc.text("Hồ sơ OCOP")
    doc.end()
  })
}

describe("cleanPdf", () => {
  it("keeps a whole PDF byte for byte", async () => {
    const pdf = await realPdf()
    expect(cleanPdf(pdf)).toEqual({ file: { content: pdf, mimeType: "application/pdf", extension: "pdf" } })
  })

  it("refuses HTML named .pdf, and a PDF cut off in transfer", async () => {
    expect(cleanPdf(HTML)).toEqual({ problem: { code: "not_pdf" } })
    const pdf = await realPdf()
    expect(cleanPdf(pdf.subarray(0, pdf.length - 100))).toEqual({ problem: { code: "not_pdf" } })
  })
})
