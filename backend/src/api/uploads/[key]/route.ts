import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { uploadHeaders } from "@ocop/core"

/** Keys the local file provider makes: a timestamp and a cleaned name, never a path. */
const KEY = /^[\w-][\w.-]{0,200}$/

/**
 * GET /uploads/:key — a stored upload (the file module's `backend_url` points
 * here, not at Medusa's bare /static), with its real type, nosniff and a
 * sandboxing policy; only photos inline, anything else as a download.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const key = req.params.key ?? ""
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, "No such file.")
  if (!KEY.test(key)) throw notFound
  let content: Buffer
  try {
    content = await req.scope.resolve(Modules.FILE).getAsBuffer(key)
  } catch (error) {
    notFound.cause = error
    throw notFound
  }
  const headers = uploadHeaders(key)
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  // Keys are unique (timestamped) and never rewritten: a photo can be kept for good.
  res.setHeader("Cache-Control", headers["Content-Disposition"] === "inline" ? "public, max-age=31536000, immutable" : "private, no-store")
  res.status(200).send(content)
}
