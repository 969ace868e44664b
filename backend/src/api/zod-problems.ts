import type { z } from "@medusajs/framework/zod"
import { type FieldProblem, isFieldCode } from "@ocop/core"

type Issue = z.core.$ZodIssue
type Params = NonNullable<FieldProblem["params"]>
type Path = readonly PropertyKey[]

/**
 * The FieldProblems of zod's issues on `input` (the value that was parsed: a
 * missing value is told from a wrong one by looking it up, as Medusa's own
 * messages do). A custom issue names its code in `params.code`.
 */
export function zodIssueProblems(issues: readonly Issue[], input: unknown, prefix: Path = []): FieldProblem[] {
  return issues.flatMap((issue) => issueProblems(issue, input, [...prefix, ...issue.path]))
}

function issueProblems(issue: Issue, input: unknown, path: Path): FieldProblem[] {
  const value = valueAt(input, path)
  const problem = (code: FieldProblem["code"], params?: Params): FieldProblem[] => [{ field: fieldName(path), code, ...(params && { params }) }]
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? problem("required") : problem("invalid_type", { expected: issue.expected, received: kindOf(value) })
    case "invalid_value":
      return value === undefined ? problem("required") : problem("invalid_value", { allowed: issue.values.map(String).join(", "), received: scalar(value) })
    case "too_small":
      return problem("too_small", { minimum: Number(issue.minimum), origin: issue.origin, inclusive: issue.inclusive ?? true })
    case "too_big":
      return problem("too_big", { maximum: Number(issue.maximum), origin: issue.origin, inclusive: issue.inclusive ?? true })
    case "invalid_format":
      return problem("invalid_format", { format: issue.format })
    case "not_multiple_of":
      return problem("not_multiple_of", { divisor: Number(issue.divisor) })
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ field: fieldName([...path, key]), code: "unknown_field" as const }))
    case "invalid_union": {
      if (value === undefined) return problem("required")
      // The alternative that came closest (fewest issues) says best what to fix.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]
      return closest?.length ? zodIssueProblems(closest, input, path) : problem("invalid")
    }
    case "invalid_key":
    case "invalid_element":
      // A record's key or a map's element: its own issues, under the record's path.
      return issue.issues.length ? issue.issues.flatMap((inner) => issueProblems(inner, input, path)) : problem("invalid")
    case "custom": {
      const { code, ...params } = issue.params ?? {}
      return isFieldCode(code) ? problem(code, scalars(params)) : problem("invalid")
    }
    default:
      return problem("invalid")
  }
}

/** "events.0.event_time" from ["events", 0, "event_time"]; "" for the input itself. */
function fieldName(path: Path): string {
  return path.map(String).join(".")
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function kindOf(value: unknown): string {
  if (value === null) return "null"
  return Array.isArray(value) ? "array" : typeof value
}

function scalar(value: unknown): string | number | boolean | null {
  return value === null || ["string", "number", "boolean"].includes(typeof value) ? (value as string | number | boolean | null) : kindOf(value)
}

function scalars(params: Record<string, unknown>): Params | undefined {
  const entries = Object.entries(params).map(([key, value]) => [key, scalar(value)] as const)
  return entries.length ? Object.fromEntries(entries) : undefined
}
