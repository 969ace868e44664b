import { csvProblem } from "@ocop/core"
import type { Outcome } from "./image"

/** A CSV as we store it: UTF-8 text within CSV_RULES.maxBytes, kept byte for byte and served only as a download. */
export function cleanCsv(bytes: Buffer): Outcome {
  const problem = csvProblem(bytes)
  return problem ? { problem } : { file: { content: bytes, mimeType: "text/csv", extension: "csv" } }
}
