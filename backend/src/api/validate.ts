import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody as medusaValidateBody,
  validateAndTransformQuery as medusaValidateQuery,
} from "@medusajs/framework/http"
import type { BaseEntity, QueryConfig } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { invalidData } from "./problems"
import { zodIssueProblems } from "./zod-problems"

/*
 * Medusa's validateAndTransformBody/Query turn zod's issues into one English
 * sentence and drop the issues. These run Medusa's own validation (so `message`,
 * the 400 and what reaches the route are Medusa's), and on its 400 parse the
 * same input again, the way Medusa did, to keep each issue as a FieldProblem.
 * They keep Medusa's names so that api/middlewares.ts reads as Medusa's docs do.
 */

type Schema = z.ZodType

/** Medusa's validateAndTransformBody, with `fields` on its 400. */
export function validateAndTransformBody(schema: Schema) {
  const medusa = medusaValidateBody(schema)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    medusa(
      req,
      res,
      keepIssues(next, schema, () => req.body),
    )
}

/** Medusa's validateAndTransformQuery, with `fields` on its 400. */
export function validateAndTransformQuery<TEntity extends BaseEntity>(schema: Schema, config: QueryConfig<TEntity>) {
  const medusa = medusaValidateQuery(schema, config)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    medusa(
      req,
      res,
      keepIssues(next, schema, () => normalizeQuery(req.query)),
    )
}

/** A `next` for Medusa's validator: on to the route as before; an error goes on with its fields. */
function keepIssues(next: MedusaNextFunction, schema: Schema, input: () => unknown) {
  return (error?: unknown) => {
    if (!error) return next()
    withFields(error, schema, input()).then(next, () => next(error))
  }
}

/** The error as it was, or, for a failed validation, the same 400 with the issues as `fields`. */
async function withFields(error: unknown, schema: Schema, input: unknown): Promise<unknown> {
  if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.INVALID_DATA) return error
  const parsed = await strict(schema).safeParseAsync(input)
  if (parsed.success) return error // a 400 that is not zod's (e.g. a field the query config does not allow)
  return invalidData(error.message, zodIssueProblems(parsed.error.issues, input), error)
}

/** As Medusa's zodValidator parses: an object schema made strict, so unknown fields are issues too. */
function strict(schema: Schema): Schema {
  return "strict" in schema && typeof schema.strict === "function" ? (schema.strict() as Schema) : schema
}

/**
 * The query as Medusa's validateAndTransformQuery hands it to zod (its own
 * normaliser is not exported): a single "a,b" in a list becomes ["a", "b"],
 * and "parent.child" keys become { parent: { child } }. When it goes too deep,
 * Medusa answers before zod runs, so that case needs nothing here.
 */
export function normalizeQuery(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, raw] of Object.entries(query)) {
    const value = Array.isArray(raw) && raw.length === 1 && typeof raw[0] === "string" ? raw[0].split(",") : raw
    const [parent, child, ...deeper] = key.split(".")
    if (child === undefined || parent === undefined || deeper.length) out[key] = value
    else out[parent] = { ...(out[parent] as Record<string, unknown> | undefined), [child]: value }
  }
  return out
}
