import { timingSafeEqual } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SCAN_SECRET_HEADER } from "@ocop/core"
import { readBackendEnv } from "../../../config/env"

/** Why a caller may not write scans, or null when it may: it must send the storefront's TRACE_SCAN_SECRET. */
export function scanSecretRefusal(expected: string | undefined, given: string | undefined): string | null {
  if (!expected) return "Scan ingestion is off: TRACE_SCAN_SECRET is not set."
  const a = Buffer.from(given ?? "")
  const b = Buffer.from(expected)
  // timingSafeEqual needs equal lengths; the length alone says nothing about the secret's content.
  if (a.length === b.length && timingSafeEqual(a, b)) return null
  return `Only a storefront may write scans: send its TRACE_SCAN_SECRET in the ${SCAN_SECRET_HEADER} header.`
}

/** Middleware on /internal/trace/*: a 403 for any caller without the scan secret, before its body is validated. */
export function requireScanSecret(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const refusal = scanSecretRefusal(readBackendEnv(process.env).TRACE_SCAN_SECRET, req.get(SCAN_SECRET_HEADER))
  next(refusal ? new MedusaError(MedusaError.Types.FORBIDDEN, refusal) : undefined)
}
