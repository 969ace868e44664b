import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { UploadProblem } from "@ocop/core"
import { invalidData } from "../api/problems"
import { cleanCsv } from "./csv"
import { type CleanFile, cleanImage } from "./image"
import { cleanPdf } from "./pdf"

export type { CleanFile } from "./image"

/** Every kind of file a route takes; each has one cleaning step (README, "Security", uploads). */
export const CLEANERS = { image: cleanImage, pdf: async (bytes: Buffer) => cleanPdf(bytes), csv: async (bytes: Buffer) => cleanCsv(bytes) } as const
export type UploadKind = keyof typeof CLEANERS

/**
 * The one way into storage for a file: cleaned by its kind's pipeline, or a
 * 400 naming `field` with the problem's code (nothing is stored). Every route
 * that takes a file calls this.
 */
export async function acceptUpload(kind: UploadKind, bytes: Buffer, field: string): Promise<CleanFile> {
  const outcome = await CLEANERS[kind](bytes)
  if ("problem" in outcome) throw uploadRefusal(field, outcome.problem)
  return outcome.file
}

/** The 400 for a refused upload, its code in `fields` for the storefront to translate. */
export function uploadRefusal(field: string, problem: UploadProblem) {
  return invalidData(`Invalid request: ${field}: ${problem.code.replaceAll("_", " ")}`, [{ field, ...problem }])
}

/** Stores a cleaned file under `name` (its extension set by the pipeline) and returns its URL. */
export async function storeUpload(scope: MedusaContainer, file: CleanFile, name: string, access: "public" | "private" = "public"): Promise<{ id: string; url: string }> {
  const base =
    name
      .replace(/\.\w+$/, "")
      .replace(/[^\w-]+/g, "-")
      .slice(0, 60) || "file"
  const [stored] = await scope
    .resolve(Modules.FILE)
    .createFiles([{ filename: `${base}.${file.extension}`, mimeType: file.mimeType, content: file.content.toString("base64"), access }])
  if (!stored) throw new Error("The file module stored nothing.")
  return { id: stored.id, url: stored.url }
}
