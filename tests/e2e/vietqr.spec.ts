import { readFile } from "node:fs/promises";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expect, type Page, test } from "../harness/csp-watch.ts";
import { staffLogInAt } from "../harness/staff-login.ts";
import { TEST_SEPAY_KEY } from "../harness/test-platform.ts";
import { placeVietQrOrder, type VietQrOrder } from "../harness/vietqr-order.ts";

/**
 * README, "VietQR transfers": the confirmation of a VietQR order offers copy buttons for the
 * account, amount and reference and a "Save QR" PNG; staff see transfers that paid no order.
 */
const platform = {
  backendUrl: process.env.TEST_BACKEND_URL ?? "",
  publishableKey: process.env.TEST_PUBLISHABLE_KEY ?? "",
  orderSecret: process.env.TEST_ORDER_SECRET ?? "",
};

const WORDS = {
  vi: { prefix: "", account: "số tài khoản", amount: "số tiền", reference: "nội dung chuyển khoản", copy: "Chép", copied: "Đã chép", save: "Lưu mã QR" },
  en: { prefix: "/en", account: "account number", amount: "amount", reference: "transfer reference", copy: "Copy", copied: "Copied", save: "Save QR" },
} as const;

/** Opens the confirmation as the device that placed the order: with the order's signed cookie, as checkout leaves it. */
async function openConfirmation(page: Page, baseURL: string | undefined, order: VietQrOrder, path: string) {
  await page.context().addCookies([{ name: order.cookie.name, value: order.cookie.value, domain: new URL(baseURL ?? "").hostname, path: "/" }]);
  await page.goto(path);
}

const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
] as const;

for (const size of SIZES) {
  test.describe(`on a ${size.name}`, () => {
    test.use({ viewport: size.viewport });
    for (const locale of ["vi", "en"] as const) {
      const w = WORDS[locale];
      test(`the confirmation of a VietQR order copies account, amount and reference and saves the QR (${locale})`, async ({ page, context, baseURL }) => {
        await context.grantPermissions(["clipboard-read", "clipboard-write"]);
        const order = await placeVietQrOrder(platform, `vietqr-e2e-${locale}-${size.name}@example.vn`);
        await openConfirmation(page, baseURL, order, `${w.prefix}/orders/${order.id}`);
        const pay = page.getByRole("region", { name: locale === "vi" ? "Đang chờ thanh toán" : "Awaiting payment" });
        await expect(pay.getByRole("img", { name: "VietQR" })).toBeVisible();
        await expect(pay.getByText(order.reference, { exact: true })).toBeVisible();

        for (const [what, expected] of [
          [w.account, "1234567890"],
          [w.amount, String(order.amount)],
          [w.reference, order.reference],
        ] as const) {
          await pay.getByRole("button", { name: `${w.copy} ${what}` }).click();
          await expect(pay.getByText(`${w.copied} ${what}`, { exact: true })).toBeVisible();
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
        }
        await page.screenshot({ path: test.info().outputPath(`vietqr-${locale}-${size.name}.png`), fullPage: true });

        const downloading = page.waitForEvent("download");
        await pay.getByRole("link", { name: w.save }).click();
        const download = await downloading;
        expect(download.suggestedFilename()).toBe(`vietqr-${order.displayId}.png`);
        const png = PNG.sync.read(await readFile(await download.path()));
        expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(order.payload);
      });
    }
  });
}

test("without JavaScript the transfer details are plain text and Save QR still works; no copy button is shown", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const order = await placeVietQrOrder(platform, "vietqr-e2e-nojs@example.vn");
  await openConfirmation(page, baseURL, order, `/orders/${order.id}`);
  await expect(page.getByText(order.reference, { exact: true })).toBeVisible();
  await expect(page.getByText("1234567890", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Chép/ })).toHaveCount(0);
  const response = await page.request.get(`/orders/${order.id}/qr.png`);
  expect(response.headers()["content-type"]).toBe("image/png");
  await context.close();
});

test("staff see a short transfer with the order it might belong to, in Vietnamese and English, and mark it handled", async ({ page }) => {
  const order = await placeVietQrOrder(platform, "vietqr-e2e-staff@example.vn");
  const short = order.amount - 5000;
  const notified = await fetch(`${platform.backendUrl}/hooks/bank-transfer/sepay`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Apikey ${TEST_SEPAY_KEY}` },
    body: JSON.stringify({
      id: Date.now(),
      gateway: "Vietcombank",
      transactionDate: "2026-12-05 11:00:00",
      accountNumber: "1234567890",
      code: null,
      content: `${order.reference} chuyen thieu`,
      transferType: "in",
      transferAmount: short,
      accumulated: 0,
      subAccount: null,
      referenceCode: `FT${Date.now()}`,
      description: "",
    }),
  });
  expect(await notified.json()).toEqual({ success: true, outcome: "partial" });

  await staffLogInAt(page, "/staff/transfers");
  const item = page.getByRole("article").filter({ has: page.getByRole("link", { name: `#${order.displayId}`, exact: true }) });
  await expect(item.getByRole("heading", { name: /· Thiếu tiền$/ })).toBeVisible();
  await expect(item.getByText(`${order.reference} chuyen thieu`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("staff-transfers-vi.png"), fullPage: true });

  await page.goto("/en/staff/transfers");
  await expect(page.getByRole("heading", { level: 1, name: "Transfers to check" })).toBeVisible();
  const english = page.getByRole("article").filter({ has: page.getByRole("link", { name: `#${order.displayId}`, exact: true }) });
  await expect(english.getByText("Might belong to order")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("staff-transfers-en.png"), fullPage: true });
  await english.getByRole("button", { name: "Mark handled" }).click();
  await expect(page.getByText("The transfer is marked handled.")).toBeVisible();
  await expect(page.getByRole("link", { name: `#${order.displayId}`, exact: true })).toHaveCount(0);
});
