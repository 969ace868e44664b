import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A problem with one field of a request. */
export type FieldProblem = { field: string; message: string }

/** Throws one 400 naming every problem (as validateNamedBody does for shapes), or returns. */
export function throwIfProblems(problems: FieldProblem[]): void {
  if (!problems.length) return
  const text = problems.map((p) => `${p.field}: ${p.message}`).join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${text}`)
}

/** Problems for product ids that name no product, as `<field>.<index>`. */
export async function unknownProductProblems(scope: MedusaContainer, ids: readonly string[], field = "product_ids"): Promise<FieldProblem[]> {
  if (!ids.length) return []
  const products = await productSummaries(scope, ids)
  const known = new Set(products.map((p) => p.id))
  return ids.flatMap((id, index) => (known.has(id) ? [] : [{ field: `${field}.${index}`, message: `no product ${id}` }]))
}

export type ProductSummary = { id: string; handle: string; title: string; status: string }

/** id, handle, title and status of the given products (unknown ids are left out). */
export async function productSummaries(scope: MedusaContainer, ids: readonly string[]): Promise<ProductSummary[]> {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "title", "status"], filters: { id: [...ids] } })
  return data as unknown as ProductSummary[]
}
