import type { LabelFormat } from "@ocop/core"
import { describe, expect, it } from "vitest"
import { LABEL_LAYOUTS, type LabelSheet, labelSheetPdf } from "./labels"
import { type Box, type InspectedPage, inside, inspectPdf, overlaps } from "./pdf-inspect"

const FONTS = [
  require.resolve("@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"),
  require.resolve("@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf"),
]
const URI = "https://ocop.example.vn/01/08939990000016/10/HDMOCCAU-2026-11-L01/21/"

const sheet = (productTitle: string, count: number, caption = (i: number) => `HD-2026-${String(i).padStart(6, "0")}`): LabelSheet => ({
  productTitle,
  lotCode: "HDMOCCAU-2026-11-L01",
  expiresOn: "30/11/2027",
  ocopStars: 5,
  labels: Array.from({ length: count }, (_, i) => ({ uri: `${URI}${caption(i)}`, caption: caption(i) })),
})

/** The label rectangles of one page, in PDF points from the bottom left. */
function labelBoxes(format: LabelFormat, page: InspectedPage, count: number): Box[] {
  const l = LABEL_LAYOUTS[format]
  return Array.from({ length: count }, (_, slot) => {
    const left = l.left + (slot % l.cols) * l.pitchX
    const top = l.top + Math.floor(slot / l.cols) * l.pitchY
    return { x0: left, y0: page.height - top - l.height, x1: left + l.width, y1: page.height - top }
  })
}

const union = (boxes: Box[]): Box => ({
  x0: Math.min(...boxes.map((b) => b.x0)),
  y0: Math.min(...boxes.map((b) => b.y0)),
  x1: Math.max(...boxes.map((b) => b.x1)),
  y1: Math.max(...boxes.map((b) => b.y1)),
})

/** What a printed label must be: its QR decodes to its URI; every glyph and the mark inside it; nothing drawn over anything else. */
async function checkLabels(format: LabelFormat, input: LabelSheet) {
  const pages = await inspectPdf(await labelSheetPdf(input, format), FONTS)
  const perPage = LABEL_LAYOUTS[format].cols * LABEL_LAYOUTS[format].rows
  expect(pages).toHaveLength(Math.ceil(input.labels.length / perPage))
  pages.forEach((page, p) => {
    const onPage = input.labels.slice(p * perPage, (p + 1) * perPage)
    const boxes = labelBoxes(format, page, onPage.length)
    boxes.forEach((box, i) => {
      expect(page.decodeQr(box), `label ${p * perPage + i + 1}`).toBe(onPage[i]?.uri)
    })
    for (const run of page.runs) {
      const home = boxes.find((b) => run.glyphs.some((g) => overlaps(g, b)))
      expect(home, `“${run.text}” is on a label`).toBeDefined()
      for (const glyph of run.glyphs) expect(inside(glyph, home as Box), `“${run.text}” lies inside its label`).toBe(true)
    }
    // The QR and the stars are the page's paths: each inside a label, none over any text.
    for (const path of page.paths) {
      expect(boxes.some((b) => inside(path, b))).toBe(true)
      for (const run of page.runs) expect(overlaps(path, union(run.glyphs)), `a drawing over “${run.text}”`).toBe(false)
    }
    // Lines never run into each other.
    const lines = page.runs.map((run) => ({ text: run.text, box: union(run.glyphs) }))
    lines.forEach((a, i) => {
      for (const b of lines.slice(i + 1)) expect(overlaps(a.box, b.box), `“${a.text}” over “${b.text}”`).toBe(false)
    })
  })
  return pages
}

/** Every word of the name and the whole lot code, each within one printed line: nothing broken or cut. */
function expectWhole(pages: InspectedPage[], input: LabelSheet) {
  const printed = pages[0]?.runs.map((r) => r.text) ?? []
  for (const word of input.productTitle.split(" "))
    expect(
      printed.some((line) => line.split(" ").includes(word)),
      word,
    ).toBe(true)
  expect(printed).toContain(input.lotCode)
  expect(printed.join(" ")).not.toContain("…")
}

// Rendering and reading back PDFs takes seconds on a loaded machine: the limit is for a hung test, not a speed check.
describe("QR labels, read back from the PDF", { timeout: 120_000 }, () => {
  for (const format of ["a4", "thermal"] as const) {
    it(`${format}: a long name wraps or shrinks, whole words only; codes stay on one line; the mark never overlaps`, async () => {
      const input = sheet("Chè móc câu đặc biệt Tân Cương Hảo Đạt — hộp quà 500 g", format === "a4" ? 22 : 3)
      const pages = await checkLabels(format, input)
      expectWhole(pages, input)
      const [first] = pages
      const firstLabel = labelBoxes(format, first as InspectedPage, 1)[0] as Box
      const title = first?.runs.filter((r) => input.productTitle.includes(r.text) && inside(union(r.glyphs), firstLabel)) ?? []
      expect(title.length).toBeGreaterThanOrEqual(2)
      expect(title.length).toBeLessThanOrEqual(LABEL_LAYOUTS[format].titleLines)
    })

    it(`${format}: a short name keeps its full size; a very long word shrinks rather than breaks`, async () => {
      const short = sheet("Miến dong", 1)
      const pages = await checkLabels(format, short)
      expect(pages[0]?.runs.find((r) => r.text === "Miến dong")?.size).toBe(8)
      const longWord = sheet("Chè Shan-tuyết-cổ-thụ-Phìn-Hồ-thượng-hạng", 1, () => "SERIAL-NUMBER-000001")
      expectWhole(await checkLabels(format, longWord), longWord)
    })
  }

  it("thermal: one 50 × 30 mm label per page", async () => {
    const pages = await inspectPdf(await labelSheetPdf(sheet("Mật ong Phúc Thành", 2), "thermal"), FONTS)
    expect(pages.map((p) => [Math.round((p.width * 25.4) / 72), Math.round((p.height * 25.4) / 72)])).toEqual([
      [50, 30],
      [50, 30],
    ])
  })

  it("no current certificate: no mark at all", async () => {
    const pages = await checkLabels("a4", { ...sheet("Miến dong", 1), ocopStars: null })
    expect(pages[0]?.runs.map((r) => r.text)).not.toContain("OCOP")
  })
})
