import { z } from "@medusajs/framework/zod"
import type { TraceScanBatchBody as BatchBody } from "@ocop/core"
import { DEVICE_CLASSES, GS1_TEXT, SCAN_BATCH_MAX, SCAN_CLOCK_SLACK_MS, SCAN_ID, SCAN_MAX_AGE_MS } from "@ocop/core"
import { conforming } from "../../store/contract"

const at = z
  .string()
  .datetime({ offset: true, message: "must be an ISO 8601 time, e.g. 2026-12-05T08:50:30.000Z" })
  .superRefine((value, ctx) => {
    const time = Date.parse(value)
    const now = Date.now()
    if (time > now + SCAN_CLOCK_SLACK_MS) ctx.addIssue({ code: "custom", message: "must not be more than 5 minutes in the future", params: { code: "in_future" } })
    else if (time < now - SCAN_MAX_AGE_MS) {
      const oldest = new Date(now - SCAN_MAX_AGE_MS).toISOString()
      ctx.addIssue({ code: "custom", message: `must be within the last 30 days (after ${oldest})`, params: { code: "too_early", after: oldest } })
    }
  })

const ScanRecord = z
  .object({
    id: z.string().regex(SCAN_ID, 'must be "scan_" and 26 characters of Crockford base 32'),
    lot_id: z.string().min(1),
    serial: z.string().regex(GS1_TEXT).optional(),
    region: z.string().trim().min(1).max(64).optional(),
    client: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8 to 64 characters of base64url")
      .optional(),
    device_class: z.enum(DEVICE_CLASSES),
    via: z.enum(["gs1", "short"]),
    at,
  })
  .strict()

/** A storefront's batch of views; ids are unique within it (a repeat across batches is the backend's to drop). */
export const TraceScanBatchBody = conforming<BatchBody>()(
  z
    .object({ scans: z.array(ScanRecord).min(1).max(SCAN_BATCH_MAX) })
    .strict()
    .superRefine((body, ctx) => {
      const first = new Map<string, number>()
      body.scans.forEach((scan, index) => {
        const earlier = first.get(scan.id)
        if (earlier === undefined) first.set(scan.id, index)
        else ctx.addIssue({ code: "custom", path: ["scans", index, "id"], message: `repeats scans.${earlier}.id` })
      })
    }),
)
export type TraceScanBatchBody = z.infer<typeof TraceScanBatchBody>
