import { beforeAll, describe, expect, inject, it } from "vitest";

/**
 * README, "Certificates": the certificate import never answers 5xx. A calendar-invalid date is a
 * row problem like any other, Excel's semicolon-separated CSV is read, and the staff page says
 * every problem in the clerk's language, naming the row and the column. Dry runs only: nothing
 * is written.
 */
const { storefrontUrl, backendUrl } = inject("platform");
const PASSWORD = "ocop-demo-2026";
const HEADER = ["decision_number", "decision_date", "product", "stars", "score", "issuer", "issuer_level", "criteria_set"];
/** Line 2: a date that is no day of the calendar; line 3: an unknown product. */
const BAD_DATE = [
  HEADER.join(","),
  "1032/QĐ-UBND,2026-13-05,che-tom-non-hao-dat,3,65,UBND tỉnh Thái Nguyên,province,148/QĐ-TTg",
  "7/QĐ-UBND,2026-10-20,khong-co-san-pham,3,65,UBND tỉnh,province,148/QĐ-TTg",
].join("\n");
/** As Excel saves "CSV" under Vietnamese settings: semicolons, decimal commas, a byte-order mark, CRLF. */
const SEMICOLONS = `\uFEFF${[HEADER.join(";"), "1032/QĐ-UBND;2026-02-30;che-tom-non-hao-dat;3;65,5;UBND tỉnh; province;148/QĐ-TTg", "8/QĐ-UBND;2026-10-20;khong-co-san-pham;3;65,5;UBND tỉnh;province;148/QĐ-TTg"].join("\r\n")}\r\n`;

let token = "";
let cookie = "";

beforeAll(async () => {
  const auth = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop-demo.vn", password: PASSWORD }),
  });
  token = ((await auth.json()) as { token: string }).token;
  const login = await fetch(`${storefrontUrl}/staff/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: storefrontUrl },
    body: new URLSearchParams({ email: "admin@ocop-demo.vn", password: PASSWORD }),
  });
  cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
});

async function importApi(csv: string) {
  const response = await fetch(`${backendUrl}/admin/ocop/certificates/import`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ csv, dry_run: true }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function importPage(csv: string, path = "/staff/certificates") {
  const form = new FormData();
  form.set("intent", "check");
  form.set("file", new File([csv], "quyet-dinh.csv", { type: "text/csv" }));
  const response = await fetch(`${storefrontUrl}${path}`, { method: "POST", redirect: "manual", headers: { cookie, origin: storefrontUrl }, body: form });
  return { status: response.status, html: await response.text() };
}

/** The rejected table's rows as text: "line | product | reasons". */
const rejectedRows = (html: string) =>
  [...html.matchAll(/<tr[^>]*><td class="num"[^>]*>(\d+)<\/td><td[^>]*>([^<]*)<\/td><td[^>]*><ul[^>]*>(.*?)<\/ul><\/td><\/tr>/gs)].map(
    ([, line, product, reasons]) =>
      `${line} | ${product} | ${(reasons ?? "")
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim()}`,
  );

describe("the certificate import API (dry run)", () => {
  it("reports a calendar-invalid date as a row problem, coded by column, never 5xx", async () => {
    const { status, body } = await importApi(BAD_DATE);
    expect(status).toBe(200);
    expect(body.accepted).toEqual([]);
    expect(body.rejected.map((r: { line: number }) => r.line)).toEqual([2, 3]);
    expect(body.rejected[0].fields).toContainEqual({ field: "decision_date", code: "invalid_format", params: { format: "date", received: "2026-13-05" } });
    expect(body.rejected[1].fields).toContainEqual({ field: "product", code: "unknown_product", params: { id: "khong-co-san-pham" } });
  });

  it("reads Excel's semicolons and decimal commas", async () => {
    const { status, body } = await importApi(SEMICOLONS);
    expect(status).toBe(200);
    expect(body.rows).toBe(2);
    expect(body.rejected.map((r: { line: number }) => r.line)).toEqual([2, 3]);
    expect(body.rejected[0].fields).toContainEqual({ field: "decision_date", code: "invalid_format", params: { format: "date", received: "2026-02-30" } });
    expect(body.rejected[1].fields).toEqual([{ field: "product", code: "unknown_product", params: { id: "khong-co-san-pham" } }]);
  });

  it("codes what stops a file being read", async () => {
    const { status, body } = await importApi("decision_number;sku\n1;x\n");
    expect(status).toBe(400);
    expect(body.fields).toContainEqual({ field: "csv", code: "unknown_columns", params: { columns: "sku" } });
  });
});

describe("the staff import page (dry run)", () => {
  it("names the rows and columns in Vietnamese", async () => {
    const { status, html } = await importPage(BAD_DATE);
    expect(status).toBe(200);
    expect(html).toContain("Kiểm tra xong: 0 dòng hợp lệ, 2 dòng lỗi. Chưa ghi gì.");
    const rows = rejectedRows(html);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^2 \| che-tom-non-hao-dat \| .*Ngày quyết định \(decision_date\): phải là một ngày \(YYYY-MM-DD\)\./);
    expect(rows[1]).toBe("3 | khong-co-san-pham | Sản phẩm (product): không có sản phẩm khong-co-san-pham.");
  });

  it("reads a semicolon file, and speaks English under /en", async () => {
    const { status, html } = await importPage(SEMICOLONS, "/en/staff/certificates");
    expect(status).toBe(200);
    expect(html).toContain("Checked: 0 good rows, 2 rows with problems. Nothing written yet.");
    const rows = rejectedRows(html);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^2 \| che-tom-non-hao-dat \| .*Decision date \(decision_date\): must be a date \(YYYY-MM-DD\)\./);
    expect(rows[1]).toBe("3 | khong-co-san-pham | Product (product): there is no product khong-co-san-pham.");
  });

  it("names a file it cannot read, in Vietnamese, with a 400 and no 5xx", async () => {
    const { status, html } = await importPage("decision_number;sku\n1;x\n");
    expect(status).toBe(400);
    expect(html).toContain("Tệp CSV: có cột không dùng được: sku.");
  });
});
