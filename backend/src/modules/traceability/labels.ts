import type { LabelFormat } from "@ocop/core"
import PDFDocument from "pdfkit"
import { qrModules } from "./qr"

/**
 * QR labels as a PDF, in two formats: the common A4 sticker sheet (3 × 7
 * labels of 63.5 × 38.1 mm) and a thermal-printer roll (50 × 30 mm, one label
 * per page). Each label: the QR code with its serial under it, the product,
 * the lot, its expiry and — only when the product's certificate is current —
 * the OCOP mark. Text is fitted, never cut: a name wraps at spaces and shrinks
 * until every word fits; a code shrinks on one line, never breaks inside.
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

type Layout = {
  page: [number, number]
  cols: number
  rows: number
  left: number
  top: number
  pitchX: number
  pitchY: number
  width: number
  height: number
  pad: number
  /** Height kept under the QR for its caption. */
  caption: number
  titleLines: number
  /** Thermal printers print one colour. */
  markColour: string
}

export const LABEL_LAYOUTS: Record<LabelFormat, Layout> = {
  a4: {
    page: [595.28, 841.89],
    cols: 3,
    rows: 7,
    left: 7.2 * MM,
    top: 15.15 * MM,
    pitchX: 66.04 * MM,
    pitchY: 38.1 * MM,
    width: 63.5 * MM,
    height: 38.1 * MM,
    pad: 2 * MM,
    caption: 3 * MM,
    titleLines: 2,
    markColour: "#b91c1c",
  },
  thermal: {
    page: [50 * MM, 30 * MM],
    cols: 1,
    rows: 1,
    left: 0,
    top: 0,
    pitchX: 50 * MM,
    pitchY: 30 * MM,
    width: 50 * MM,
    height: 30 * MM,
    pad: 1.5 * MM,
    caption: 2.5 * MM,
    titleLines: 3,
    markColour: "#000",
  },
}

const FONT = require.resolve("@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf")
const BOLD = require.resolve("@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf")
const LINE = 1.2

export function labelSheetPdf(sheet: LabelSheet, format: LabelFormat = "a4"): Promise<Buffer> {
  const layout = LABEL_LAYOUTS[format]
  const doc = new PDFDocument({ size: layout.page, margin: 0, info: { Title: `QR ${sheet.productTitle} — ${sheet.lotCode}` } })
  doc.registerFont("body", FONT)
  doc.registerFont("bold", BOLD)
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const perPage = layout.cols * layout.rows
  sheet.labels.forEach((label, index) => {
    if (index > 0 && index % perPage === 0) doc.addPage()
    const slot = index % perPage
    const x = layout.left + (slot % layout.cols) * layout.pitchX
    const y = layout.top + Math.floor(slot / layout.cols) * layout.pitchY
    drawLabel(doc, layout, sheet, label, x, y)
  })
  doc.end()
  return done
}

function drawLabel(doc: PDFKit.PDFDocument, layout: Layout, sheet: LabelSheet, label: { uri: string; caption: string }, x: number, y: number) {
  const { pad } = layout
  const qrSide = layout.height - 2 * pad - layout.caption
  drawQr(doc, label.uri, x + pad, y + pad, qrSide)
  doc.fillColor("#000")
  oneLine(doc, "body", label.caption, x + pad, y + pad + qrSide, qrSide, { max: 6, align: "center" })

  const textX = x + pad + qrSide + 1.5 * MM
  const width = x + layout.width - pad - textX
  const bottom = y + layout.height - pad
  const markHeight = sheet.ocopStars ? 9 : 0
  let top = y + pad
  top = title(doc, sheet.productTitle, textX, top, width, layout.titleLines)
  top += 1.5
  top = oneLine(doc, "body", "Lô / Lot", textX, top, width, { max: 6 })
  top = oneLine(doc, "bold", sheet.lotCode, textX, top, width, { max: 7.5 })
  if (sheet.expiresOn && top + 2 * 6 * LINE <= bottom - markHeight) {
    top = oneLine(doc, "body", "HSD / Exp", textX, top + 1, width, { max: 6 })
    oneLine(doc, "bold", sheet.expiresOn, textX, top, width, { max: 7.5 })
  }
  if (sheet.ocopStars) drawMark(doc, layout, sheet.ocopStars, textX, bottom - markHeight, width, markHeight)
}

/**
 * The product's name in at most `lines` lines, broken at spaces only, in the
 * largest size (8 pt down to 4 pt) where every word fits the width. Returns
 * the y under it. (The title is measured in bold: `oneLine` sets the font.)
 */
function title(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, lines: number): number {
  const words = text.trim().split(/\s+/)
  doc.font("bold")
  let size = 8
  let packed = pack(doc, words, width, size)
  while (size > 4 && (packed === null || packed.length > lines)) {
    size -= 0.25
    packed = pack(doc, words, width, size)
  }
  // A word wider than the label even at 4 pt gets its own line, shrunk to fit.
  const rows = packed ?? pack(doc, words, width, size, false) ?? []
  for (const row of rows) y = oneLine(doc, "bold", row, x, y, width, { max: size })
  return y
}

/** Words packed into lines of at most `width` at `size`, or null when a word alone is wider. */
function pack(doc: PDFKit.PDFDocument, words: string[], width: number, size: number, strict = true): string[] | null {
  doc.fontSize(size)
  const rows: string[] = []
  let row = ""
  for (const word of words) {
    if (strict && doc.widthOfString(word) > width) return null
    const candidate = row ? `${row} ${word}` : word
    if (row && doc.widthOfString(candidate) > width) {
      rows.push(row)
      row = word
    } else row = candidate
  }
  if (row) rows.push(row)
  return rows
}

/** One line that never breaks: shrunk from `max` until it fits the width. Returns the y under it. */
function oneLine(
  doc: PDFKit.PDFDocument,
  font: "body" | "bold",
  text: string,
  x: number,
  y: number,
  width: number,
  { max, align = "left" }: { max: number; align?: "left" | "center" },
): number {
  doc.font(font).fontSize(max)
  const natural = doc.widthOfString(text)
  const size = natural > width ? (max * width) / natural : max
  doc.fontSize(size)
  const shift = align === "center" ? (width - doc.widthOfString(text)) / 2 : 0
  doc.text(text, x + shift, y, { lineBreak: false })
  return y + size * LINE
}

/** "OCOP" and its stars on one line, the stars after the word's measured width, shrunk together to fit. */
function drawMark(doc: PDFKit.PDFDocument, layout: Layout, stars: number, x: number, y: number, width: number, height: number) {
  const gap = 2
  doc.font("bold").fontSize(8)
  const word = doc.widthOfString("OCOP")
  const starPitch = 9
  const natural = word + gap + stars * starPitch
  const scale = Math.min(1, width / natural)
  const size = 8 * scale
  doc.fontSize(size).fillColor(layout.markColour).text("OCOP", x, y, { lineBreak: false })
  const radius = 4 * scale
  const first = x + (word + gap) * scale + radius
  // The font has no ★: the stars are drawn.
  for (let i = 0; i < stars; i++) drawStar(doc, first + i * starPitch * scale, y + (height * scale) / 2, radius)
  doc.fill(layout.markColour).fillColor("#000")
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
