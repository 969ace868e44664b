import { describe, expect, it } from "vitest"
import { badQueryError } from "./bad-query"
import { fieldsOf } from "./problems"

/** As MikroORM's PostgreSQL converter throws them: a named exception with the SQLSTATE. */
class DriverException extends Error {
  constructor(
    message: string,
    readonly sqlState: string,
  ) {
    super(message)
    this.name = "DriverException"
  }
}

describe("badQueryError", () => {
  it("makes a value Postgres cannot read (SQLSTATE class 22) a 400", () => {
    const refused = badQueryError(new DriverException('invalid input value for enum order_status: "abc"', "22P02"))
    expect(refused).toMatchObject({ type: "invalid_data" })
    expect(fieldsOf(refused)).toEqual([{ field: "", code: "invalid" }])
  })

  it("makes a sort on an unknown property a 400 naming `order`", () => {
    expect(fieldsOf(badQueryError(new Error("Trying to order by not existing property Order.zzz")))).toEqual([{ field: "order", code: "invalid" }])
  })

  it("reads the SQLSTATE from `code` too (as pg and a workflow's copy of the error carry it)", () => {
    expect(badQueryError(Object.assign(new Error("invalid input syntax for type timestamp"), { code: "22007" }))).toMatchObject({ type: "invalid_data" })
  })

  it("makes a route parameter Express cannot decode a 400", () => {
    const error = Object.assign(new URIError("Failed to decode param '%FF'"), { status: 400, statusCode: 400 })
    expect(badQueryError(error)).toMatchObject({ type: "invalid_data" })
  })

  it("leaves every other error alone", () => {
    expect(badQueryError(new DriverException("deadlock detected", "40P01"))).toBeUndefined()
    expect(badQueryError(new TypeError("x is undefined"))).toBeUndefined()
    expect(badQueryError(Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" }))).toBeUndefined()
    expect(badQueryError("text")).toBeUndefined()
  })
})
