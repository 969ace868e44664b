import PDFDocument from "pdfkit"
import { qrModules } from "./qr"

/**
 * An A4 sheet of QR labels (21 per page, 63.5 × 38.1 mm, the common 3 × 7
 * sticker sheet). Each label: the QR code, the product, the lot, its expiry
 * and — only when the product's certificate is current — the OCOP mark.
 */
export type LabelSheet = {
  productTitle: string
  lotCode: string
  expiresOn: string | null
  /** Stars of the current certificate, or null: no mark is printed. */
  ocopStars: number | null
  labels: { uri: string; caption: string }[]
}

const MM = 72 / 25.4
const PAGE = { cols: 3, rows: 7, left: 7.2 * MM, top: 15.15 * MM, pitchX: 66.04 * MM, pitchY: 38.1 * MM, width: 63.5 * MM, height: 38.1 * MM }
const FONT = require.resolve("@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf")
const BOLD = require.resolve("@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf")

export function labelSheetPdf(sheet: LabelSheet): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0, info: { Title: `QR ${sheet.productTitle} — ${sheet.lotCode}` } })
  doc.registerFont("body", FONT)
  doc.registerFont("bold", BOLD)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const perPage = PAGE.cols * PAGE.rows
  sheet.labels.forEach((label, index) => {
    if (index > 0 && index % perPage === 0) doc.addPage()
    const slot = index % perPage
    const x = PAGE.left + (slot % PAGE.cols) * PAGE.pitchX
    const y = PAGE.top + Math.floor(slot / PAGE.cols) * PAGE.pitchY
    drawLabel(doc, sheet, label, x, y)
  })
  doc.end()
  return done
}

function drawLabel(doc: PDFKit.PDFDocument, sheet: LabelSheet, label: { uri: string; caption: string }, x: number, y: number) {
  const pad = 2 * MM
  const qrSide = PAGE.height - 2 * pad - 3 * MM
  drawQr(doc, label.uri, x + pad, y + pad, qrSide)
  doc
    .font("body")
    .fontSize(5)
    .fillColor("#000")
    .text(label.caption, x + pad, y + pad + qrSide + 0.5 * MM, { width: qrSide, align: "center", lineBreak: false })
  const textX = x + pad + qrSide + 2 * MM
  const textWidth = PAGE.width - (textX - x) - pad
  doc
    .font("bold")
    .fontSize(8)
    .text(sheet.productTitle, textX, y + pad, { width: textWidth, height: 20, ellipsis: true })
  doc
    .font("body")
    .fontSize(7)
    .text(`Lô / Lot: ${sheet.lotCode}`, textX, y + pad + 21, { width: textWidth })
  if (sheet.expiresOn) doc.text(`HSD / Exp: ${sheet.expiresOn}`, { width: textWidth })
  if (sheet.ocopStars) {
    const markY = y + PAGE.height - pad - 9
    doc.font("bold").fontSize(8).fillColor("#b91c1c").text("OCOP", textX, markY, { lineBreak: false })
    // The font has no ★: the stars are drawn.
    for (let i = 0; i < sheet.ocopStars; i++) drawStar(doc, textX + 26 + i * 9, markY + 4.5, 4)
    doc.fill("#b91c1c").fillColor("#000")
  }
}

function drawStar(doc: PDFKit.PDFDocument, cx: number, cy: number, radius: number) {
  const points: [number, number][] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.45
    const angle = -Math.PI / 2 + (i * Math.PI) / 5
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)])
  }
  doc.polygon(...points)
}

/** The QR code as filled squares: sharp at any print size. */
function drawQr(doc: PDFKit.PDFDocument, uri: string, x: number, y: number, side: number) {
  const { size, dark } = qrModules(uri)
  const quiet = 4
  const module = side / (size + 2 * quiet)
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (dark(col, row)) doc.rect(x + (col + quiet) * module, y + (row + quiet) * module, module, module)
    }
  }
  doc.fill("#000")
}
