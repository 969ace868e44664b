import { describe, expect, it } from "vitest"
import { LotInput, offsetOf, TraceEventInput } from "./input"

const base = { biz_step: "packing", event_time: "2026-10-30T10:30:00+07:00", read_point: { name: "Xưởng" } }

const problems = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`)

describe("trace input", () => {
  it("accepts a well-formed event and keeps its offset", () => {
    expect(TraceEventInput.safeParse(base).success).toBe(true)
    expect(offsetOf("2026-10-30T10:30:00+07:00")).toBe("+07:00")
    expect(offsetOf("2026-10-30T03:30:00Z")).toBe("+00:00")
  })

  it("names every problem of a bad event", () => {
    const result = TraceEventInput.safeParse({
      ...base,
      biz_step: "teleporting",
      event_time: "2026-10-30 10:30",
      ilmd: { "cbvmda:lotNumber": "X" },
      quantity: 5,
      note: { vi: "bad\u0007text" },
    })
    expect(result.success).toBe(false)
    const found = problems(result).join("\n")
    expect(found).toMatch(/biz_step/)
    expect(found).toMatch(/event_time: must be an ISO 8601 time with its offset/)
    expect(found).toMatch(/note.vi: must not contain control characters/)
  })

  it("keeps ILMD to ADD events and inputs to transformations, and refuses the future", () => {
    expect(problems(TraceEventInput.safeParse({ ...base, ilmd: { "cbvmda:lotNumber": "X" } })).join()).toMatch(/ILMD/)
    expect(problems(TraceEventInput.safeParse({ ...base, type: "TransformationEvent" })).join()).toMatch(/needs its inputs/)
    expect(problems(TraceEventInput.safeParse({ ...base, quantity: 3 })).join()).toMatch(/unit/)
    expect(problems(TraceEventInput.safeParse({ ...base, event_time: "2099-01-01T00:00:00+07:00" })).join()).toMatch(/future/)
  })

  it("checks a lot's GTIN check digit and code charset", () => {
    const lot = { product_id: "prod_1", code: "LOT-01", quantity: 10, unit: "KGM" }
    expect(LotInput.parse({ ...lot, gtin: "8939990000016" }).gtin).toBe("08939990000016")
    expect(problems(LotInput.safeParse({ ...lot, gtin: "8939990000017" })).join()).toMatch(/check digit/)
    expect(problems(LotInput.safeParse({ ...lot, code: "Lô 1" })).join()).toMatch(/code/)
  })
})
