import type { SerialStanding } from "@ocop/core"
import type { SerialStanding as ModuleStanding } from "../modules/traceability/service"
import { isoOrNull } from "./store/contract"

/** A unit's standing as the routes answer it (dates as ISO strings). */
export const standingBody = (standing: ModuleStanding): SerialStanding => ({
  ...standing,
  first_scanned_at: isoOrNull(standing.first_scanned_at),
  flag_cleared_at: isoOrNull(standing.flag_cleared_at),
})
