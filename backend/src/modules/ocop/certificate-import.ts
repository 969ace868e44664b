// csv-parse: RFC 4180 quoting, a UTF-8 byte-order mark (Excel adds one) and line numbers per
// record, which a hand-written split on commas would get wrong for quoted Vietnamese names.

import { certificateProblems, vietnamDate, vietnamDay } from "@ocop/core"
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

/** The rows of the file, or the problems that stop it being read at all (header, quoting). */
export function parseCertificateCsv(text: string): { rows: ImportRow[]; problems: string[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[]
  let header: string[] = []
  try {
    records = parse(text, {
      bom: true,
      columns: (names: string[]) => (header = names.map(normaliseColumn)),
      info: true,
      skip_empty_lines: true,
      trim: true,
    })
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], problems: [`the file is not valid CSV: ${error.message}`] }
    throw error
  }
  const problems: string[] = []
  const productColumns = header.filter((h) => h === "product" || PRODUCT_ALIASES.includes(h))
  const missing = IMPORT_COLUMNS.filter((c) => c !== "product" && !header.includes(c))
  if (productColumns.length === 0) missing.unshift("product")
  if (header.length === 0) problems.push(`the file is empty: its first line must name the columns ${IMPORT_COLUMNS.join(", ")}`)
  else if (missing.length > 0) problems.push(`missing column(s): ${missing.join(", ")} (the first line must name ${IMPORT_COLUMNS.join(", ")})`)
  if (productColumns.length > 1) problems.push(`name the product in one column only (found ${productColumns.join(", ")})`)
  const unknown = header.filter((h) => !(IMPORT_COLUMNS as readonly string[]).includes(h) && !PRODUCT_ALIASES.includes(h))
  if (unknown.length > 0) problems.push(`unknown column(s): ${unknown.join(", ")}`)
  if (header.length > 0 && records.length === 0) problems.push("the file has a header but no rows")
  if (records.length > MAX_IMPORT_ROWS) problems.push(`at most ${MAX_IMPORT_ROWS} rows per import (got ${records.length}): split the file`)
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
  /** Empty: the row can be written. */
  problems: string[]
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
    if (v.product !== "" && lines.length > 1) v.problems.push(`the product appears more than once in this file (lines ${lines.join(", ")}): keep one row`)
  }
  return verdicts
}

function checkRow(row: ImportRow, product: ImportProduct | undefined, now: Date): RowVerdict {
  const problems: string[] = []
  if (row.product === "") problems.push("product is empty: give its handle or id")
  else if (!product) problems.push(`unknown product "${row.product}"`)
  else if (!product.has_ocop_record) problems.push(`product "${product.handle}" has no OCOP record yet: give it a product set and producer first`)
  else if (product.valid_certificate_id) {
    problems.push(`product "${product.handle}" already holds a valid certificate (${product.valid_certificate_id}): renew that certificate instead`)
  }
  const stars = readNumber(row.stars, "stars", problems)
  const score = readNumber(row.score, "score", problems)
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(row.decision_date) && vietnamDay(vietnamDate(row.decision_date)) === row.decision_date
  if (!dateOk) problems.push(`decision_date must be a calendar date written YYYY-MM-DD (got "${row.decision_date}")`)
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
  const ruled = certificateProblems({ ...fields, decision_date: vietnamDate(dateOk ? row.decision_date : "invalid") }, now)
  problems.push(...ruled.filter((p) => !skip.some((s) => s.test(p))))
  return { line: row.line, product: row.product, product_id: product?.product_id ?? null, handle: product?.handle ?? null, fields, problems }
}

/** A number as typed; a decimal comma (90,86, as written in Vietnamese) reads as a point. */
function readNumber(text: string, name: string, problems: string[]): number {
  const value = /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN
  if (Number.isNaN(value)) problems.push(`${name} must be a number (got "${text}")`)
  return value
}
