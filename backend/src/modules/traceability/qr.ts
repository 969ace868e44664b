import QRCode from "qrcode"

/**
 * QR codes for printed labels. Error correction Q restores a quarter of the
 * symbol, enough for a smudged or scuffed package; the quiet zone is the four
 * modules the standard asks for.
 */
const OPTIONS = { errorCorrectionLevel: "Q", margin: 4 } as const

export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { ...OPTIONS, type: "svg" })
}

export function qrPng(uri: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(uri, { ...OPTIONS, type: "png", width })
}

/** The symbol's modules, for drawing it as vectors (PDF labels). */
export function qrModules(uri: string): { size: number; dark: (x: number, y: number) => boolean } {
  const { modules } = QRCode.create(uri, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel })
  return { size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) }
}
