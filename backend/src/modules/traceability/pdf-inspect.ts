import { createCanvas } from "@napi-rs/canvas"
import * as fontkit from "fontkit"
import jsQR from "jsqr"

/**
 * Reads a label PDF the way a printer would, for tests: every text run with
 * the box of each of its glyphs (measured with the font the PDF embeds), the
 * bounding box of every filled path, and the page rendered to pixels so the
 * QR codes can be decoded. Boxes are in PDF points, origin at the bottom left.
 * Test support only: its libraries are development dependencies.
 */
export type Box = { x0: number; y0: number; x1: number; y1: number }
export type TextRun = { text: string; size: number; glyphs: Box[] }
export type InspectedPage = { width: number; height: number; runs: TextRun[]; paths: Box[]; decodeQr(area: Box): string | null }

type Font = { layout(text: string): { glyphs: { bbox: { minX: number; minY: number; maxX: number; maxY: number } }[]; positions: { xAdvance: number }[] }; unitsPerEm: number }

export async function inspectPdf(pdf: Buffer, fontFiles: string[], scale = 4): Promise<InspectedPage[]> {
  const fonts = fontFiles.map((file) => fontkit.openSync(file) as unknown as Font)
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
  const pages: InspectedPage[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const [, , width, height] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const runs: TextRun[] = []
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue
      const [size, , , , originX, originY] = item.transform as number[]
      runs.push({ text: item.str, size: size ?? 0, glyphs: glyphBoxes(fonts, item.str, size ?? 0, originX ?? 0, originY ?? 0, item.width) })
    }
    const paths = filledPaths(await page.getOperatorList(), pdfjs.OPS)
    const viewport = page.getViewport({ scale })
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
    const context = canvas.getContext("2d")
    context.fillStyle = "#fff"
    context.fillRect(0, 0, canvas.width, canvas.height)
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise
    const decodeQr = (area: Box) => {
      const left = Math.floor(area.x0 * scale)
      const top = Math.floor((height - area.y1) * scale)
      const w = Math.ceil((area.x1 - area.x0) * scale)
      const h = Math.ceil((area.y1 - area.y0) * scale)
      const image = context.getImageData(left, top, w, h)
      return jsQR(new Uint8ClampedArray(image.data), w, h)?.data ?? null
    }
    pages.push({ width, height, runs, paths, decodeQr })
  }
  return pages
}

/** The run's glyph boxes, in the embedded font whose advance widths give the run's width. */
function glyphBoxes(fonts: Font[], text: string, size: number, x: number, y: number, runWidth: number): Box[] {
  const measured = fonts.map((font) => {
    const run = font.layout(text)
    const k = size / font.unitsPerEm
    return { run, k, width: run.positions.reduce((sum, p) => sum + p.xAdvance * k, 0) }
  })
  const best = measured.reduce((a, b) => (Math.abs(a.width - runWidth) <= Math.abs(b.width - runWidth) ? a : b))
  const boxes: Box[] = []
  let pen = x
  best.run.glyphs.forEach((glyph, i) => {
    const { minX, minY, maxX, maxY } = glyph.bbox
    if (maxX > minX) boxes.push({ x0: pen + minX * best.k, y0: y + minY * best.k, x1: pen + maxX * best.k, y1: y + maxY * best.k })
    pen += (best.run.positions[i]?.xAdvance ?? 0) * best.k
  })
  return boxes
}

/** Bounding boxes of the page's paths, through the transformation in force when each was drawn. */
function filledPaths(ops: { fnArray: number[]; argsArray: unknown[][] }, OPS: { save: number; restore: number; transform: number; constructPath: number }): Box[] {
  let ctm = [1, 0, 0, 1, 0, 0]
  const stack: number[][] = []
  const boxes: Box[] = []
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] ?? []
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[])
    else if (fn === OPS.constructPath) {
      const minMax = args[2] as ArrayLike<number> | undefined
      if (!minMax || minMax.length < 4) return
      const corners = [
        apply(ctm, minMax[0] ?? 0, minMax[1] ?? 0),
        apply(ctm, minMax[2] ?? 0, minMax[3] ?? 0),
        apply(ctm, minMax[0] ?? 0, minMax[3] ?? 0),
        apply(ctm, minMax[2] ?? 0, minMax[1] ?? 0),
      ]
      const xs = corners.map((c) => c[0])
      const ys = corners.map((c) => c[1])
      boxes.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) })
    }
  })
  return boxes
}

function multiply(m: number[], n: number[]): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = n
  const [A = 0, B = 0, C = 0, D = 0, E = 0, F = 0] = m
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]
}

function apply(m: number[], x: number, y: number): [number, number] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m
  return [a * x + c * y + e, b * x + d * y + f]
}

export const inside = (inner: Box, outer: Box) => inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1
export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
