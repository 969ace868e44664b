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

  it("leaves every other error alone", () => {
    expect(badQueryError(new DriverException("deadlock detected", "40P01"))).toBeUndefined()
    expect(badQueryError(new TypeError("x is undefined"))).toBeUndefined()
    expect(badQueryError("text")).toBeUndefined()
  })
})
