import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it } from "vitest"
import { fieldsOf } from "../../problems"
import { refuseForeignCommunes } from "./vietnam"

/** What the middleware hands on: nothing (the route runs) or the error (a 400). */
function run(body: unknown): unknown {
  let passed: unknown = "not called"
  refuseForeignCommunes({ body } as MedusaRequest, {} as MedusaResponse, (error?: unknown) => {
    passed = error
  })
  return passed
}

const real = { first_name: "Lan", address_1: "12 Hoàng Văn Thụ", city: "Phường Phan Đình Phùng", province: "Thái Nguyên", country_code: "vn" }

describe("refuseForeignCommunes", () => {
  it("lets a real pair through, on a cart and as a customer address", () => {
    expect(run({ shipping_address: real, billing_address: real })).toBeUndefined()
    expect(run(real)).toBeUndefined()
    expect(run({ email: "lan@example.vn" })).toBeUndefined()
    expect(run({ shipping_address: { ...real, city: "Kreuzberg", province: "Berlin", country_code: "de" } })).toBeUndefined()
  })

  it("refuses a commune of another province, naming the field and both places", () => {
    const refused = run({ shipping_address: { ...real, province: "Hà Nội" } })
    expect(refused).toMatchObject({ type: "invalid_data" })
    expect(fieldsOf(refused)).toEqual([{ field: "shipping_address.city", code: "commune_not_in_province", params: { commune: "Phường Phan Đình Phùng", province: "Hà Nội" } }])
  })

  it("refuses a province that no longer exists, and a commune missing from the address", () => {
    expect(fieldsOf(run({ ...real, province: "Bắc Kạn" }))).toEqual([{ field: "province", code: "unknown_province", params: { received: "Bắc Kạn" } }])
    expect(fieldsOf(run({ billing_address: { ...real, city: "" } }))?.[0]).toMatchObject({ field: "billing_address.city", code: "commune_not_in_province" })
  })
})
