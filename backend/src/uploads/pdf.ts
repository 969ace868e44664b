import { pdfProblem } from "@ocop/core"
import type { Outcome } from "./image"

/**
 * A PDF as we store it: a whole PDF by its bytes (header and trailer) within
 * PDF_RULES.maxBytes, kept byte for byte. It is never shown inline from our
 * origin: the serving route sends it as a download with nosniff and a
 * sandboxing policy (uploadHeaders in @ocop/core).
 */
export function cleanPdf(bytes: Buffer): Outcome {
  const problem = pdfProblem(bytes)
  return problem ? { problem } : { file: { content: bytes, mimeType: "application/pdf", extension: "pdf" } }
}
