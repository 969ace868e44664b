import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "../harness/csp-watch.ts";
import { STAFF } from "../harness/demo.ts";
import { staffLogInAt } from "../harness/staff-login.ts";

/** The trade department's program dashboard and certificate import, as a clerk uses them. */
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const publishableKey = process.env.TEST_PUBLISHABLE_KEY ?? "";

async function expectNoSevereAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** A draft product with an OCOP record and no certificate, made through the Admin API, so the seed stays as it is. */
async function uncertifiedProduct(): Promise<string> {
  const json = { "content-type": "application/json" };
  const { token } = await (await fetch(`${backendUrl}/auth/user/emailpass`, { method: "POST", headers: json, body: JSON.stringify(STAFF) })).json();
  const admin = { ...json, authorization: `Bearer ${token}` };
  const handle = `e2e-import-${Date.now().toString(36)}`;
  const created = await fetch(`${backendUrl}/admin/products`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ title: "Chè thử nhập khẩu E2E", handle, status: "draft", options: [{ title: "Quy cách", values: ["Gói"] }] }),
  });
  const { product } = await created.json();
  const { producers } = await (await fetch(`${backendUrl}/store/ocop/producers`, { headers: { "x-publishable-api-key": publishableKey } })).json();
  const record = await fetch(`${backendUrl}/admin/ocop/products/${product.id}`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ product_set: "tea", producer_id: producers[0].id, place_id: producers[0].place.id }),
  });
  expect(record.ok).toBe(true);
  return handle;
}

test("the program dashboard shows the plan's targets, accessible charts and a CSV", async ({ page }) => {
  await staffLogInAt(page, "/staff/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Chỉ tiêu chương trình OCOP" })).toBeVisible();
  const targets = page.getByRole("table", { name: /Chỉ tiêu kế hoạch 2021–2025/ });
  await expect(targets.getByRole("row", { name: /Sản phẩm mới đạt 3 sao trở lên/ })).toContainText("≥ 150");
  await expect(targets.getByRole("row", { name: /Chủ thể là hợp tác xã/ })).toContainText("70");
  await expect(targets.getByRole("row", { name: /Lao động được đào tạo/ })).toContainText("Nền tảng chưa có dữ liệu");

  // Each chart is one image whose text alternative names every value, with a table beside it.
  const byStars = page.getByRole("img", { name: /^Sản phẩm còn hiệu lực theo hạng sao: 3 sao \d+; 4 sao \d+; 5 sao \d+$/ });
  await expect(byStars).toBeVisible();
  await expect(page.getByRole("img", { name: /^Sản phẩm còn hiệu lực theo nhóm: Thực phẩm \d+/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Chủ thể theo loại hình.*Hợp tác xã .*Mục tiêu 70/ })).toBeVisible();

  await page.getByLabel("Từ ngày").fill("2020-01-01");
  await page.getByLabel("Đến ngày").fill("2025-12-31");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/from=2020-01-01&to=2025-12-31/);
  await expect(page.getByRole("heading", { name: /Chứng nhận mới từ 1 tháng 1, 2020 đến 31 tháng 12, 2025/i })).toBeVisible();

  const href = await page.getByRole("link", { name: "Tải về CSV" }).getAttribute("href");
  expect(href).toBe("/staff/dashboard.csv?from=2020-01-01&to=2025-12-31");
  const csv = await page.request.get(href ?? "");
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(await csv.text()).toMatch(/^section,metric,value,target_min,met\n/);
  await expectNoSevereAxeViolations(page);

  await page.goto("/staff/dashboard?from=2026-05-01&to=2026-04-01");
  await expect(page.getByRole("alert")).toContainText("must not end (2026-04-01) before it starts (2026-05-01)");
});

test("a clerk checks a decision's CSV, sees every bad row, then imports the good ones", async ({ page }) => {
  const handle = await uncertifiedProduct();
  await staffLogInAt(page, "/staff/certificates");
  const csv = [
    "decision_number,decision_date,product,stars,score,issuer,issuer_level,criteria_set",
    `1250/QĐ-UBND,2026-10-20,${handle},4,"78,5",UBND tỉnh Thái Nguyên,province,148/QĐ-TTg`,
    "1250/QĐ-UBND,2026-10-20,khong-co-san-pham,4,78,UBND tỉnh Thái Nguyên,province,148/QĐ-TTg",
    "1250/QĐ-UBND,2026-10-20,mien-viet-cuong,4,95,UBND tỉnh Thái Nguyên,province,148/QĐ-TTg",
  ].join("\n");
  await page.getByLabel("Tệp CSV").setInputFiles({ name: "quyet-dinh-1250.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Kiểm tra (chưa ghi)" }).click();
  await expect(page.getByRole("heading", { name: "Kiểm tra xong: 1 dòng hợp lệ, 2 dòng lỗi. Chưa ghi gì." })).toBeVisible();
  const rejected = page.getByRole("table", { name: "Dòng lỗi (không được ghi)" });
  await expect(rejected.getByRole("row").filter({ hasText: "khong-co-san-pham" })).toContainText("Sản phẩm (product): không có sản phẩm khong-co-san-pham.");
  const mien = rejected.getByRole("row").filter({ hasText: "mien-viet-cuong" });
  await expect(mien).toContainText("Sản phẩm (product): sản phẩm đã có giấy chứng nhận còn hiệu lực");
  await expect(mien).toContainText("Điểm (score): điểm 95 đạt 5 sao, không phải 4 sao.");
  await expect(page.getByRole("table", { name: "Dòng hợp lệ" })).toContainText(handle);
  await expectNoSevereAxeViolations(page);

  await page.getByRole("button", { name: "Xác nhận ghi 1 dòng hợp lệ" }).click();
  await expect(page.getByRole("heading", { name: "Đã ghi 1 giấy chứng nhận; 2 dòng không được ghi." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Đã ghi" }).getByRole("row").filter({ hasText: handle })).toContainText(/cert_/);
});

test("a clerk sees certificates expiring soon, each with a way to renew or revoke it", async ({ page }) => {
  await staffLogInAt(page, "/staff/certificates");
  await expect(page.getByRole("heading", { name: "Sắp hết hạn trong 90 ngày" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Mật ong Phúc Thành" })).toBeVisible();
  await page.getByLabel("Số ngày").fill("0");
  await page.getByLabel("Số ngày").evaluate((input: HTMLInputElement) => input.removeAttribute("min"));
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  await expect(page.getByRole("alert")).toHaveText("Số ngày phải là số nguyên từ 1 đến 3650.");

  // No id to type: each row links to the renew form and the revoke confirm page (staff-tasks.spec.ts walks a revocation).
  await page.getByLabel("Số ngày").fill("90");
  await page.getByRole("button", { name: "Xem", exact: true }).click();
  const honey = page.getByRole("row").filter({ hasText: "Mật ong Phúc Thành" });
  await expect(honey.getByRole("link", { name: /^Công nhận lại giấy chứng nhận theo quyết định / })).toBeVisible();
  await honey.getByRole("link", { name: /^Thu hồi giấy chứng nhận theo quyết định / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thu hồi giấy chứng nhận OCOP");
  await page.getByRole("link", { name: "Huỷ, quay lại" }).click();
  await expect(page).toHaveURL(/\/staff\/certificates$/);
});
