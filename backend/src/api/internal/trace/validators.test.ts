import { newScanId, SCAN_BATCH_MAX } from "@ocop/core"
import { describe, expect, it } from "vitest"
import { zodIssueProblems } from "../../zod-problems"
import { TraceScanBatchBody } from "./validators"

const MINUTE = 60_000
const view = (overrides: Record<string, unknown> = {}) => ({
  id: newScanId(),
  lot_id: "tlot_1",
  serial: "DEMO-UNIT-0001",
  region: " VN-TN ",
  device_class: "mobile",
  via: "gs1",
  at: new Date().toISOString(),
  ...overrides,
})

function problemsOf(body: unknown) {
  const parsed = TraceScanBatchBody.safeParse(body)
  if (parsed.success) throw new Error("expected the batch to be refused")
  return zodIssueProblems(parsed.error.issues, body).map(({ field, code }) => `${field}:${code}`)
}

describe("a batch of scans", () => {
  it("takes views with or without a serial and region, and trims the region", () => {
    const parsed = TraceScanBatchBody.parse({ scans: [view(), view({ serial: undefined, region: undefined, device_class: "bot", via: "short" })] })
    expect(parsed.scans[0]?.region).toBe("VN-TN")
    expect(parsed.scans).toHaveLength(2)
  })

  it("holds 1 to SCAN_BATCH_MAX views", () => {
    expect(problemsOf({ scans: [] })).toEqual(["scans:too_small"])
    expect(problemsOf({ scans: Array.from({ length: SCAN_BATCH_MAX + 1 }, () => view()) })).toEqual(["scans:too_big"])
    expect(TraceScanBatchBody.safeParse({ scans: Array.from({ length: SCAN_BATCH_MAX }, () => view()) }).success).toBe(true)
  })

  it("names each bad view by its place in the batch", () => {
    const bad = [view({ id: "scan_1" }), view({ device_class: "toaster", lot_id: "" }), view({ serial: "LÔ 1", region: "x".repeat(65), via: "qr" })]
    expect(problemsOf({ scans: bad, extra: 1 })).toEqual([
      "scans.0.id:invalid_format",
      "scans.1.lot_id:too_small",
      "scans.1.device_class:invalid_value",
      "scans.2.serial:invalid_format",
      "scans.2.region:too_big",
      "scans.2.via:invalid_value",
      "extra:unknown_field",
    ])
  })

  it("refuses an id twice in one batch", () => {
    const id = newScanId()
    expect(problemsOf({ scans: [view({ id }), view(), view({ id })] })).toEqual(["scans.2.id:invalid"])
  })

  it("takes views from the last 30 days up to 5 minutes ahead, nothing else", () => {
    const at = (offset: number) => view({ at: new Date(Date.now() + offset).toISOString() })
    expect(TraceScanBatchBody.safeParse({ scans: [at(4 * MINUTE), at(-29 * 24 * 60 * MINUTE)] }).success).toBe(true)
    expect(problemsOf({ scans: [at(6 * MINUTE), at(-31 * 24 * 60 * MINUTE), view({ at: "yesterday" })] })).toEqual([
      "scans.0.at:in_future",
      "scans.1.at:too_early",
      "scans.2.at:invalid_format",
    ])
  })
})
