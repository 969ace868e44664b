import { z } from "@medusajs/framework/zod"
import { describe, expect, it } from "vitest"
import { LotInput, TraceEventInput } from "../modules/traceability/input"
import { zodIssueProblems } from "./zod-problems"

function problemsOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error("expected the input to be refused")
  return zodIssueProblems(parsed.error.issues, input)
}

const Order = z
  .object({
    phone: z.string().regex(/^\d{10,11}$/),
    email: z.string().email().optional(),
    stars: z.number().int().min(3).max(5),
    note: z.string().max(5).optional(),
    items: z.array(z.object({ quantity: z.number().multipleOf(5) }).strict()).min(1),
    payment: z.enum(["cod", "vietqr"]),
    tags: z.union([z.string(), z.array(z.string())]).optional(),
  })
  .strict()
const order = { phone: "0912345678", stars: 4, items: [{ quantity: 5 }], payment: "cod" }

describe("zodIssueProblems", () => {
  it("tells a missing field from one of the wrong type", () => {
    const { phone: _, ...withoutPhone } = order
    expect(problemsOf(Order, withoutPhone)).toEqual([{ field: "phone", code: "required" }])
    expect(problemsOf(Order, { ...order, stars: "4" })).toEqual([{ field: "stars", code: "invalid_type", params: { expected: "number", received: "string" } }])
    expect(problemsOf(Order, { ...order, payment: undefined })).toEqual([{ field: "payment", code: "required" }])
  })

  it("gives limits, formats, allowed values and the path into lists", () => {
    expect(problemsOf(Order, { ...order, stars: 7, note: "too long", email: "x", phone: "12" })).toEqual([
      { field: "phone", code: "invalid_format", params: { format: "regex" } },
      { field: "email", code: "invalid_format", params: { format: "email" } },
      { field: "stars", code: "too_big", params: { maximum: 5, origin: "number", inclusive: true } },
      { field: "note", code: "too_big", params: { maximum: 5, origin: "string", inclusive: true } },
    ])
    expect(problemsOf(Order, { ...order, items: [] })).toEqual([{ field: "items", code: "too_small", params: { minimum: 1, origin: "array", inclusive: true } }])
    expect(problemsOf(Order, { ...order, items: [{ quantity: 5 }, { quantity: 7 }] })).toEqual([{ field: "items.1.quantity", code: "not_multiple_of", params: { divisor: 5 } }])
    expect(problemsOf(Order, { ...order, payment: "cash" })).toEqual([{ field: "payment", code: "invalid_value", params: { allowed: "cod, vietqr", received: "cash" } }])
  })

  it("names each unknown field, nested ones with their path", () => {
    expect(problemsOf(Order, { ...order, coupon: "X", items: [{ quantity: 5, price: 1 }] })).toEqual([
      { field: "items.0.price", code: "unknown_field" },
      { field: "coupon", code: "unknown_field" },
    ])
  })

  it("reads a union through its closest alternative", () => {
    expect(problemsOf(Order, { ...order, tags: 3 })).toEqual([{ field: "tags", code: "invalid_type", params: { expected: "string", received: "number" } }])
  })

  it("takes a custom issue's code from its params, and says invalid when it has none", () => {
    expect(
      problemsOf(
        z.string().refine(() => false, "no"),
        "x",
      ),
    ).toEqual([{ field: "", code: "invalid" }])
    expect(
      problemsOf(
        z.string().refine(() => false, { params: { code: "not_https" } }),
        "x",
      ),
    ).toEqual([{ field: "", code: "not_https" }])
    expect(
      problemsOf(
        z.string().refine(() => false, { params: { code: "no such code" } }),
        "x",
      ),
    ).toEqual([{ field: "", code: "invalid" }])
  })
})

describe("the trace validators' codes", () => {
  const event = { biz_step: "ocop:harvesting", event_time: "2026-05-10T07:30:00+07:00", read_point: { name: "Đồi chè" } }

  it("code the rules between fields", () => {
    const problems = problemsOf(TraceEventInput, { ...event, action: "OBSERVE", ilmd: { "ocop:area": "y" }, quantity: 3, event_time: "2999-01-01T00:00:00+07:00" })
    expect(problems).toEqual([
      { field: "ilmd", code: "ilmd_not_on_add" },
      { field: "uom", code: "required" },
      { field: "event_time", code: "in_future" },
    ])
    expect(problemsOf(TraceEventInput, { ...event, type: "TransformationEvent", action: "ADD" })).toEqual([
      { field: "inputs", code: "required" },
      { field: "action", code: "not_on_transformation" },
    ])
    expect(problemsOf(TraceEventInput, { ...event, outputs: [] })).toEqual([{ field: "inputs", code: "only_on_transformation" }])
  })

  it("code formats the shape cannot name, and a key of a record", () => {
    expect(problemsOf(TraceEventInput, { ...event, event_time: "10 May", read_point: { name: "a\u0007b" }, ilmd: { bad: "x" }, action: "ADD" })).toEqual([
      { field: "event_time", code: "invalid_format", params: { format: "datetime" } },
      { field: "read_point.name", code: "invalid_format", params: { format: "plain_text" } },
      { field: "ilmd.bad", code: "invalid_format", params: { format: "regex" } },
    ])
    const lot = { product_id: "prod_1", code: "L1", quantity: 10, unit: "KGM" }
    expect(problemsOf(LotInput, { ...lot, gtin: "123" })).toEqual([{ field: "gtin", code: "invalid_format", params: { format: "gtin" } }])
    expect(problemsOf(LotInput, { ...lot, packed_at: "2026-05-10", expires_at: "2026-05-01" })).toEqual([
      { field: "expires_at", code: "too_early", params: { after: "packed_at" } },
    ])
  })
})
