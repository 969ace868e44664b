import { invalidData } from "./problems"

/**
 * An error raised below a route because of a value the request carried, as the
 * 400 it is; undefined for any other error. Medusa's core list routes pass some
 * query parameters to the database unchecked (a status that is not one of an
 * enum's values, a date or number Postgres cannot read — SQLSTATE class 22,
 * "data exception" — or a sort on a property the entity does not have), and
 * Express fails to decode a route parameter whose percent-encoding is not UTF-8
 * before any middleware of ours runs. Errors from a workflow arrive copied
 * property by property, so they are told apart by their properties, not their class.
 */
export function badQueryError(error: unknown): Error | undefined {
  if (typeof error !== "object" || error === null || !("message" in error) || typeof error.message !== "string") return undefined
  const sqlState = "sqlState" in error && typeof error.sqlState === "string" ? error.sqlState : "code" in error && typeof error.code === "string" ? error.code : ""
  if (/^22[0-9A-Z]{3}$/.test(sqlState)) {
    return invalidData("a value in the request is not one the database can take (a status, number or date)", [{ field: "", code: "invalid" }], error)
  }
  if (error instanceof URIError && "statusCode" in error && error.statusCode === 400) {
    return invalidData("the address holds a broken percent-encoding", [{ field: "", code: "invalid" }], error)
  }
  // MikroORM throws a plain Error, with no code or class to tell it by, for a sort on an unknown property: its text is all there is.
  if (/^Trying to order by not existing property /.test(error.message)) {
    return invalidData("the list cannot be sorted by that field", [{ field: "order", code: "invalid" }], error)
  }
  return undefined
}
