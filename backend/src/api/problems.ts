import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type FieldCode, type FieldProblem, isFieldCode } from "@ocop/core"

/**
 * A problem with one field of a request: its English sentence and, for pages
 * that speak the user's language, its code ("invalid" when none is given).
 */
export type RouteProblem = { field: string; message: string; code?: FieldCode; params?: FieldProblem["params"] }

/** An INVALID_DATA MedusaError (a 400) whose `fields` the error handler (./error-handler.ts) adds to the response. */
export type InvalidFields = MedusaError & { fields: FieldProblem[] }

/**
 * A 400 with `message` as people read it and `fields` as code reads it. `fields`
 * is an own property so it survives a workflow step (steps' errors are copied
 * property by property).
 */
export function invalidData(message: string, fields: FieldProblem[], cause?: unknown): InvalidFields {
  const error = new MedusaError(MedusaError.Types.INVALID_DATA, message)
  if (cause !== undefined) error.cause = cause
  return Object.assign(error, { fields })
}

/** The FieldProblems of an error (thrown here or copied out of a workflow); undefined when it carries none. */
export function fieldsOf(error: unknown): FieldProblem[] | undefined {
  if (typeof error !== "object" || error === null || !("fields" in error) || !Array.isArray(error.fields)) return undefined
  const fields: unknown[] = error.fields
  return fields.every(isFieldProblem) ? fields : undefined
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === "object" && value !== null && "field" in value && typeof value.field === "string" && "code" in value && isFieldCode(value.code)
}

/** A problem's FieldProblem: its sentence left out, "invalid" when it has no code. */
export function toFieldProblem({ field, code, params }: RouteProblem): FieldProblem {
  return { field, code: code ?? "invalid", ...(params && { params }) }
}

/** Throws one 400 naming every problem (as validateNamedBody does for shapes), or returns. */
export function throwIfProblems(problems: RouteProblem[]): void {
  if (!problems.length) return
  const text = problems.map((p) => `${p.field}: ${p.message}`).join("; ")
  throw invalidData(`Invalid request: ${text}`, problems.map(toFieldProblem))
}

/** Problems for product ids that name no product, as `<field>.<index>`. */
export async function unknownProductProblems(scope: MedusaContainer, ids: readonly string[], field = "product_ids"): Promise<RouteProblem[]> {
  if (!ids.length) return []
  const products = await productSummaries(scope, ids)
  const known = new Set(products.map((p) => p.id))
  return ids.flatMap((id, index) => (known.has(id) ? [] : [{ field: `${field}.${index}`, code: "unknown_product" as const, message: `no product ${id}`, params: { id } }]))
}

export type ProductSummary = { id: string; handle: string; title: string; status: string }

/** id, handle, title and status of the given products (unknown ids are left out). */
export async function productSummaries(scope: MedusaContainer, ids: readonly string[]): Promise<ProductSummary[]> {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "title", "status"], filters: { id: [...ids] } })
  return data as unknown as ProductSummary[]
}
