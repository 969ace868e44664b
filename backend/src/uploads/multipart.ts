import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { UploadProblem } from "@ocop/core"
import { CLEANERS, type UploadKind, uploadRefusal } from "./index"

/** A file as multer (Medusa's multipart reader) hands it to the route. */
type MulterFile = { originalname: string; mimetype: string; buffer: Buffer; size: number }

/**
 * Refuses a multipart body over `maxBytes` before Medusa's multer reads it into
 * memory (it has no limit of its own): by its declared length, and a body
 * without one (411), since multer would otherwise read it to the end.
 */
export function limitMultipartBody(maxBytes: number) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.method !== "POST" || !req.is("multipart/form-data")) return next()
    const declared = req.headers["content-length"]
    if (declared === undefined) return next(httpError(411, "Send the upload with a Content-Length."))
    if (Number(declared) > maxBytes) return next(httpError(413, `The upload is larger than ${maxBytes} bytes.`))
    next()
  }
}

/** The pipeline a file claims (by name or type); the pipeline then checks the bytes, so a claim alone never passes. */
function claimedKind(file: MulterFile): UploadKind | null {
  const name = file.originalname.toLowerCase()
  if (/\.(jpe?g|png|webp)$/.test(name) || /^image\//.test(file.mimetype)) return "image"
  if (name.endsWith(".pdf") || file.mimetype === "application/pdf") return "pdf"
  if (name.endsWith(".csv") || /^text\/(csv|plain)$/.test(file.mimetype)) return "csv"
  return null
}

const notTaken: UploadProblem = { code: "invalid_value", params: { allowed: "JPEG, PNG, WebP, PDF, CSV" } }

/**
 * Medusa's own routes that take files (the admin's /admin/uploads and product
 * import) run each file through the upload pipeline after multer has read it
 * and before the route stores it: a photo is replaced by its re-encoded WebP,
 * and one refused file refuses the request (400 naming `files.<i>`), so nothing
 * is stored.
 */
export async function cleanMultipartFiles(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const request = req as MedusaRequest & { files?: MulterFile[]; file?: MulterFile }
  const files = [...(Array.isArray(request.files) ? request.files : []), ...(request.file ? [request.file] : [])]
  try {
    for (const [index, file] of files.entries()) {
      const field = request.file === file ? "file" : `files.${index}`
      const kind = claimedKind(file)
      if (!kind) throw uploadRefusal(field, notTaken)
      const outcome = await CLEANERS[kind](file.buffer)
      if ("problem" in outcome) throw uploadRefusal(field, outcome.problem)
      file.buffer = outcome.file.content
      file.size = outcome.file.content.length
      file.mimetype = outcome.file.mimeType
      file.originalname = `${file.originalname.replace(/\.\w+$/, "")}.${outcome.file.extension}`
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** An error Medusa's error handler answers with its own status, as it does body-parser's (an http-errors shape). */
function httpError(status: 411 | 413, message: string) {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true })
}
