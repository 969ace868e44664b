// csv-parse: RFC 4180 quoting, a UTF-8 byte-order mark (Excel adds one) and line numbers per
// record, which a hand-written split on commas would get wrong for quoted Vietnamese names.

import { certificateFieldProblems, type FieldCode, type FieldProblem, type Problem, vietnamDate, vietnamDay } from "@ocop/core"
import { CsvError, parse } from "csv-parse/sync"

/**
 * Bulk import of a recognition decision's list of certificates: parsing and every check that
 * does not need the database, so a clerk sees all that is wrong with the file before anything is
 * written. The Admin route looks the products up and writes good rows through the workflows.
 */

export const IMPORT_COLUMNS = ["decision_number", "decision_date", "product", "stars", "score", "issuer", "issuer_level", "criteria_set"] as const
/** The product column may be named for what it holds: a handle or a Medusa product id. */
const PRODUCT_ALIASES = ["product_handle", "product_id"]
export const MAX_IMPORT_ROWS = 2000

type Column = (typeof IMPORT_COLUMNS)[number]
/** One data row as typed, with its line in the file (the header is line 1). */
export type ImportRow = { line: number } & Record<Column, string>

/** The rows of the file, or the problems that stop it being read at all (header, quoting), each with field "csv". */
export function parseCertificateCsv(text: string): { rows: ImportRow[]; problems: Problem[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[]
  let header: string[] = []
  const problems: Problem[] = []
  const add = (code: FieldCode, message: string, params?: Problem["params"]) => problems.push({ field: "csv", code, message, ...(params && { params }) })
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map(normaliseColumn)),
      delimiter: delimiterOf(text),
      info: true,
      skip_empty_lines: true,
      trim: true,
    })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as unknown as { lines: number }).lines : 0
    add("csv_unreadable", `the file is not valid CSV: ${error.message}`, { line })
    return { rows: [], problems }
  }
  const productColumns = header.filter((h) => h === "product" || PRODUCT_ALIASES.includes(h))
  const missing = IMPORT_COLUMNS.filter((c) => c !== "product" && !header.includes(c))
  if (productColumns.length === 0) missing.unshift("product")
  const expected = IMPORT_COLUMNS.join(", ")
  if (header.length === 0) add("required", `the file is empty: its first line must name the columns ${expected}`)
  else if (missing.length > 0) add("missing_columns", `missing column(s): ${missing.join(", ")} (the first line must name ${expected})`, { columns: missing.join(", "), expected })
  if (productColumns.length > 1) add("one_product_column", `name the product in one column only (found ${productColumns.join(", ")})`, { columns: productColumns.join(", ") })
  const unknown = header.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h) && !PRODUCT_ALIASES.includes(h))
  if (unknown.length > 0) add("unknown_columns", `unknown column(s): ${unknown.join(", ")}`, { columns: unknown.join(", ") })
  if (header.length > 0 && records.length === 0) add("no_rows", "the file has a header but no rows")
  if (records.length > MAX_IMPORT_ROWS) {
    add("too_many_rows", `at most ${MAX_IMPORT_ROWS} rows per import (got ${records.length}): split the file`, { maximum: MAX_IMPORT_ROWS, received: records.length })
  }
  if (problems.length > 0) return { rows: [], problems }

  const productColumn = productColumns[0] ?? "product"
  const rows = records.map(({ record, info }) => {
    const cell = (name: string) => record[name] ?? ""
    // info.lines is the line a record ends on; a quoted cell may span lines.
    const inner = Object.values(record).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0)
    const row = { line: info.lines - inner, product: cell(productColumn) } as ImportRow
    for (const c of IMPORT_COLUMNS) if (c !== "product") row[c] = cell(c)
    return row
  })
  return { rows, problems: [] }
}

/**
 * The delimiter the header line uses: Excel saves "CSV" with semicolons where the decimal mark
 * is a comma (Vietnamese settings), so the most frequent of , ; and tab outside quotes wins.
 */
export function delimiterOf(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ])
  let quoted = false
  for (const char of text.replace(/^\uFEFF/, "")) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === "\n" || char === "\r")) break
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [",", 0])[0]
}

/** "Decision date" or "decision-date" read as decision_date. */
function normaliseColumn(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")
}

/** What the database says about the product a row names. */
export type ImportProduct = { product_id: string; handle: string; has_ocop_record: boolean; valid_certificate_id: string | null }

/** The fields createCertificateWorkflow takes, as read from a row. */
export type ImportFields = {
  stars: number
  score: number
  decision_number: string
  decision_date: string
  issuer: string
  issuer_level: string
  criteria_set: string
}

export type RowVerdict = {
  line: number
  product: string
  product_id: string | null
  handle: string | null
  fields: ImportFields
  /** Empty: the row can be written. Each names its column (`field`) and carries a code for the page's language. */
  problems: Problem[]
}

/** Every row with every reason it cannot be written, checked against the OCOP rules and the products found. */
export function checkImportRows(rows: readonly ImportRow[], products: ReadonlyMap<string, ImportProduct>, now: Date): RowVerdict[] {
  const verdicts = rows.map((row) => checkRow(row, products.get(row.product), now))
  const linesOf = new Map<string, number[]>()
  for (const v of verdicts) {
    const key = v.product_id ?? `?${v.product}`
    linesOf.set(key, [...(linesOf.get(key) ?? []), v.line])
  }
  // Two rows for one product cannot both be right; neither is written until the file says which.
  for (const v of verdicts) {
    const lines = linesOf.get(v.product_id ?? `?${v.product}`) ?? []
    if (v.product !== "" && lines.length > 1) {
      v.problems.push({
        field: "product",
        code: "duplicate_in_file",
        message: `the product appears more than once in this file (lines ${lines.join(", ")}): keep one row`,
        params: { lines: lines.join(", ") },
      })
    }
  }
  return verdicts
}

function checkRow(row: ImportRow, product: ImportProduct | undefined, now: Date): RowVerdict {
  const problems: Problem[] = []
  const add = (field: string, code: FieldCode, message: string, params?: Problem["params"]) => problems.push({ field, code, message, ...(params && { params }) })
  if (row.product === "") add("product", "required", "product is empty: give its handle or id")
  else if (!product) add("product", "unknown_product", `unknown product "${row.product}"`, { id: row.product })
  else if (!product.has_ocop_record) {
    add("product", "no_ocop_record", `product "${product.handle}" has no OCOP record yet: give it a product set and producer first`, { id: product.handle })
  } else if (product.valid_certificate_id) {
    add("product", "has_valid_certificate", `product "${product.handle}" already holds a valid certificate (${product.valid_certificate_id}): renew that certificate instead`, {
      id: product.valid_certificate_id,
    })
  }
  const stars = readNumber(row.stars, "stars", problems)
  const score = readNumber(row.score, "score", problems)
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(row.decision_date) && vietnamDay(vietnamDate(row.decision_date)) === row.decision_date
  if (!dateOk) {
    add("decision_date", "invalid_format", `decision_date must be a calendar date written YYYY-MM-DD (got "${row.decision_date}")`, { format: "date", received: row.decision_date })
  }
  const fields: ImportFields = {
    stars,
    score,
    decision_number: row.decision_number,
    decision_date: row.decision_date,
    issuer: row.issuer,
    issuer_level: row.issuer_level,
    criteria_set: row.criteria_set,
  }
  // The same rules as a certificate issued one by one; a field whose text is unreadable is
  // already named above, so the rule about its value would only repeat it.
  const skip = [
    ...(Number.isNaN(stars) ? [/^stars /, /^a score of/] : []),
    ...(Number.isNaN(score) ? [/^score /, /^a score of/] : []),
    ...(dateOk ? [] : [/^decision date/, /on that date/]),
  ]
  const ruled = certificateFieldProblems({ ...fields, decision_date: vietnamDate(dateOk ? row.decision_date : "invalid") }, now)
  problems.push(...ruled.filter((p) => !skip.some((s) => s.test(p.message))))
  return { line: row.line, product: row.product, product_id: product?.product_id ?? null, handle: product?.handle ?? null, fields, problems }
}

/** The coded half of a row's problems, for the response's `fields`. */
export function codedProblems(problems: readonly Problem[]): FieldProblem[] {
  return problems.map(({ field, code, params }) => ({ field, code, ...(params && { params }) }))
}

/** A number as typed; a decimal comma (90,86, as written in Vietnamese) reads as a point. */
function readNumber(text: string, name: string, problems: Problem[]): number {
  const value = /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN
  if (Number.isNaN(value)) problems.push({ field: name, code: "invalid_format", message: `${name} must be a number (got "${text}")`, params: { format: "number", received: text } })
  return value
}
