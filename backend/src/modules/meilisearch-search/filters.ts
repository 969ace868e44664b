type Filters = Record<string, unknown>

const OPERATORS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=", $ne: "!=", $eq: "=" }

const literal = (value: unknown): string => (typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(String(value)))

/**
 * The Search Module's filter object as a Meilisearch filter expression:
 * equality, $in/$nin, ranges, $ne, $exists, $and/$or/$not. Anything else is
 * refused with the operator's name, never silently dropped.
 */
export function toMeiliFilter(filters: Filters): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") {
      const inner = (value as Filters[]).map((f) => `(${toMeiliFilter(f)})`)
      // Parenthesised as a whole: AND binds tighter than OR in Meilisearch's filters.
      parts.push(`(${inner.join(key === "$and" ? " AND " : " OR ")})`)
    } else if (key === "$not") {
      parts.push(`NOT (${toMeiliFilter(value as Filters)})`)
    } else if (Array.isArray(value)) {
      parts.push(`${key} IN [${value.map(literal).join(", ")}]`)
    } else if (value !== null && typeof value === "object") {
      for (const [op, operand] of Object.entries(value as Filters)) {
        if (op === "$in" || op === "$nin") {
          parts.push(`${key} ${op === "$in" ? "IN" : "NOT IN"} [${(operand as unknown[]).map(literal).join(", ")}]`)
        } else if (op === "$exists") {
          parts.push(operand ? `${key} EXISTS` : `${key} NOT EXISTS`)
        } else if (OPERATORS[op]) {
          parts.push(`${key} ${OPERATORS[op]} ${literal(operand)}`)
        } else {
          throw new Error(`The Meilisearch provider does not support the filter operator ${op} (on ${key}).`)
        }
      }
    } else {
      parts.push(`${key} = ${literal(value)}`)
    }
  }
  return parts.join(" AND ")
}
