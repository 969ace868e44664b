import { vietnamDate } from "@ocop/core"
import { describe, expect, it } from "vitest"
import { checkImportRows, codedProblems, delimiterOf, type ImportProduct, MAX_IMPORT_ROWS, parseCertificateCsv } from "./certificate-import"

const NOW = vietnamDate("2026-11-29")
const HEADER = "decision_number,decision_date,product,stars,score,issuer,issuer_level,criteria_set"
const good = '1032/QĐ-UBND,2026-10-20,che-xanh-hoan-xuyen,3,65.5,"UBND tỉnh Thái Nguyên, Sở Công Thương",province,148/QĐ-TTg'

// Named fixtures: what the database says about the products the rows name.
const products = new Map<string, ImportProduct>([
  ["che-xanh-hoan-xuyen", { product_id: "prod_hx", handle: "che-xanh-hoan-xuyen", has_ocop_record: true, valid_certificate_id: null }],
  ["prod_mien", { product_id: "prod_mien", handle: "mien-viet-cuong", has_ocop_record: true, valid_certificate_id: "cert_mien" }],
  ["draft-product", { product_id: "prod_draft", handle: "draft-product", has_ocop_record: false, valid_certificate_id: null }],
  ["banh-chung", { product_id: "prod_bc", handle: "banh-chung", has_ocop_record: true, valid_certificate_id: null }],
])

// Each problem's English sentence; the codes are checked in their own tests below.
const check = (csv: string) => {
  const { rows, problems } = parseCertificateCsv(csv)
  expect(problems).toEqual([])
  return checkImportRows(rows, products, NOW).map((v) => ({ ...v, problems: v.problems.map((p) => p.message) }))
}
const messages = (csv: string) => parseCertificateCsv(csv).problems.map((p) => p.message)

describe("parseCertificateCsv", () => {
  it("reads quoted Vietnamese text, a byte-order mark, headers as people write them and line numbers", () => {
    const csv = `\uFEFFDecision number,Decision date,Product handle,Stars,Score,Issuer,Issuer level,Criteria set\r\n${good}\r\n\r\n"2/QĐ-UBND",2026-10-21,banh-chung,3,51,"Sở
Công Thương",province,148/QĐ-TTg\n`
    const { rows, problems } = parseCertificateCsv(csv)
    expect(problems).toEqual([])
    expect(rows.map((r) => r.line)).toEqual([2, 4])
    expect(rows[0]).toMatchObject({ product: "che-xanh-hoan-xuyen", issuer: "UBND tỉnh Thái Nguyên, Sở Công Thương", score: "65.5" })
    expect(rows[1]?.issuer).toBe("Sở\nCông Thương")
  })

  it("names missing and unknown columns, and reads nothing", () => {
    const { rows } = parseCertificateCsv("decision_number,decision_date,sku,stars\n1/QĐ,2026-01-01,x,3\n")
    expect(rows).toEqual([])
    expect(messages("decision_number,decision_date,sku,stars\n1/QĐ,2026-01-01,x,3\n")).toEqual([
      "missing column(s): product, score, issuer, issuer_level, criteria_set (the first line must name decision_number, decision_date, product, stars, score, issuer, issuer_level, criteria_set)",
      "unknown column(s): sku",
    ])
  })

  it("refuses an empty file, a header alone, broken quoting and too many rows", () => {
    expect(messages("")[0]).toMatch(/^the file is empty/)
    expect(messages(`${HEADER}\n`)).toEqual(["the file has a header but no rows"])
    expect(messages(`${HEADER}\n"unclosed,2026-01-01`)[0]).toMatch(/^the file is not valid CSV/)
    expect(messages(`${HEADER}\n${`${good}\n`.repeat(MAX_IMPORT_ROWS + 1)}`)[0]).toMatch(/^at most 2000 rows/)
  })
})

describe("the delimiter", () => {
  it("reads Excel's semicolon-separated CSV, with decimal commas and a quoted semicolon", () => {
    const csv = `\uFEFF${HEADER.replaceAll(",", ";")}\r\n1032/QĐ-UBND;2026-10-20;che-xanh-hoan-xuyen;3;65,5;"UBND tỉnh; Sở Công Thương";province;148/QĐ-TTg\r\n`
    expect(delimiterOf(csv)).toBe(";")
    const [row] = check(csv)
    expect(row).toMatchObject({ line: 2, product_id: "prod_hx", problems: [] })
    expect(row?.fields).toMatchObject({ score: 65.5, issuer: "UBND tỉnh; Sở Công Thương" })
  })

  it("keeps commas when the header has them, whatever the quoted cells hold", () => {
    expect(delimiterOf(`${HEADER}\n${good}`)).toBe(",")
    expect(delimiterOf('"a;b;c",d\n')).toBe(",")
    expect(delimiterOf("a\tb\tc\n")).toBe("\t")
  })
})

describe("coded problems", () => {
  it("names the column and code of every problem, a calendar-invalid date among them", () => {
    const { rows } = parseCertificateCsv(`${HEADER}\n1/QĐ-UBND,2026-13-05,khong-co,ba,65,UBND,province,148/QĐ-TTg`)
    const [verdict] = checkImportRows(rows, products, NOW)
    expect(codedProblems(verdict?.problems ?? [])).toEqual([
      { field: "product", code: "unknown_product", params: { id: "khong-co" } },
      { field: "stars", code: "invalid_format", params: { format: "number", received: "ba" } },
      { field: "decision_date", code: "invalid_format", params: { format: "date", received: "2026-13-05" } },
    ])
  })

  it("codes what stops a file being read, with field csv", () => {
    expect(codedProblems(parseCertificateCsv("decision_number,sku\n1,x\n").problems)).toEqual([
      expect.objectContaining({ field: "csv", code: "missing_columns" }),
      { field: "csv", code: "unknown_columns", params: { columns: "sku" } },
    ])
    expect(codedProblems(parseCertificateCsv(`${HEADER}\n"unclosed,2026-01-01`).problems)).toEqual([{ field: "csv", code: "csv_unreadable", params: { line: expect.any(Number) } }])
  })
})

describe("checkImportRows", () => {
  it("passes a good row with its fields read", () => {
    const [row] = check(`${HEADER}\n${good}`)
    expect(row).toMatchObject({ line: 2, product_id: "prod_hx", problems: [] })
    expect(row?.fields).toMatchObject({ stars: 3, score: 65.5, decision_date: "2026-10-20", issuer_level: "province" })
  })

  it("reads a decimal comma in the score", () => {
    const [row] = check(`${HEADER}\n1/QĐ-UBND,2026-10-20,che-xanh-hoan-xuyen,3,"65,5",UBND tỉnh,province,148/QĐ-TTg`)
    expect(row?.fields.score).toBe(65.5)
    expect(row?.problems).toEqual([])
  })

  it("names every reason a row is bad, with its line", () => {
    const rows = check(
      [
        HEADER,
        good.replace("che-xanh-hoan-xuyen", "khong-co-san-pham"),
        good.replace("che-xanh-hoan-xuyen", "prod_mien"),
        good.replace("che-xanh-hoan-xuyen", "draft-product"),
        "1/QĐ-UBND,2027-02-01,banh-chung,6,120,,province,1999",
        "1/QĐ-UBND,2026-02-30,banh-chung,ba,84.5,UBND,province,148/QĐ-TTg",
      ].join("\n"),
    )
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6])
    expect(rows[0]?.problems).toEqual(['unknown product "khong-co-san-pham"'])
    expect(rows[1]?.problems).toEqual(['product "mien-viet-cuong" already holds a valid certificate (cert_mien): renew that certificate instead'])
    expect(rows[2]?.problems[0]).toMatch(/has no OCOP record/)
    expect(rows[3]?.problems).toEqual(
      expect.arrayContaining([
        "stars must be 3, 4 or 5: only 3★–5★ products are certified (got 6)",
        "score must be between 0 and 100 (got 120)",
        "decision date is in the future",
        "issuer must name the body that signed the decision",
        'criteria set must be one of 1048/QĐ-TTg, 148/QĐ-TTg (got "1999")',
      ]),
    )
    expect(rows[4]?.problems).toEqual([
      'stars must be a number (got "ba")',
      'decision_date must be a calendar date written YYYY-MM-DD (got "2026-02-30")',
      "the product appears more than once in this file (lines 5, 6): keep one row",
    ])
    expect(rows[3]?.problems).toContain("the product appears more than once in this file (lines 5, 6): keep one row")
  })

  it("rejects a score outside its stars' band and the wrong issuing level", () => {
    const [row] = check(`${HEADER}\n1/QĐ-UBND,2026-10-20,che-xanh-hoan-xuyen,4,65,UBND tỉnh,central,148/QĐ-TTg`)
    expect(row?.problems).toEqual(["a score of 65 earns 3★, not 4★", "4★ on that date is certified at province level, not central"])
  })
})
