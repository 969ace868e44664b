import { expect, test } from "../harness/csp-watch.ts";

/**
 * README, "Staff tools": on the Medusa Admin's product page, an OCOP widget shows the product's
 * record, its certificates' status and validity, its producer and its lots, each linked to the
 * public trace page its labels print.
 */
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const publishableKey = process.env.TEST_PUBLISHABLE_KEY ?? "";

async function productId(handle: string): Promise<string> {
  const response = await fetch(`${backendUrl}/store/products?handle=${handle}&fields=id`, { headers: { "x-publishable-api-key": publishableKey } });
  expect(response.ok, `product ${handle}: ${response.status}`).toBe(true);
  return (await response.json()).products[0].id;
}

test("the Admin's product page shows the OCOP record, certificate status, producer and lots linked to their trace pages", async ({ page }) => {
  const id = await productId("mien-viet-cuong");
  await page.goto(`${backendUrl}/app/products/${id}`);
  // Medusa's login form labels its fields by placeholder only.
  await page.getByPlaceholder("Email").fill("admin@ocop-demo.vn");
  await page.getByPlaceholder("Password").fill("ocop-demo-2026");
  await page.getByRole("button", { name: "Continue with Email" }).click();
  await expect(page.getByRole("heading", { name: "Miến dong Việt Cường" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "OCOP", exact: true })).toBeVisible();
  await expect(page.getByText("Hợp tác xã Miến Việt Cường (Hợp tác xã)")).toBeVisible();
  await expect(page.getByText("5 sao", { exact: true })).toBeVisible();
  // The seed's current decision (2024, valid 36 months) and the 2020 one it replaced.
  const current = page.getByRole("listitem").filter({ hasText: "Quyết định 2747/QĐ-BNN-VPĐP" });
  await expect(current).toContainText("Cấp ngày 12/07/2024, hết hạn 12/07/2027");
  await expect(current.getByText("Còn hiệu lực", { exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Quyết định 3315/QĐ-BNN-VPĐP" }).getByText("Đã được thay thế")).toBeVisible();

  const lot = page.getByRole("link", { name: "Lô VCMIEN500-L01" });
  await expect(lot).toHaveAttribute("href", /\/(01\/\d{14}\/10\/|t\/)[^/]+$/);
  const href = await lot.getAttribute("href");
  await page.goto(href ?? "");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Miến dong Việt Cường");
  await expect(page.getByText(/^Lô VCMIEN500-L01/)).toBeVisible();
});
