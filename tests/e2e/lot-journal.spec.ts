import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "../harness/csp-watch.ts";

/**
 * The producer's lot journal (README, "The lot journal"): a guided form that
 * shows only the chosen step's fields, corrections that reach the public trace
 * page, a serial list with each unit's scan standing, and scans and copy flags
 * in the producer's language, on a phone and a desktop, in Vietnamese and English.
 */
const SEEDED_LOT = "HDTOMNON10-L01";

async function logIn(page: Page, english = false) {
  await page.goto(english ? "/en/producer" : "/producer");
  await page.getByLabel("Email").fill("haodat@ocop-demo.vn");
  await page.getByLabel(english ? "Password" : "Mật khẩu").fill("ocop-demo-2026");
  await page.getByRole("button", { name: english ? "Log in" : "Đăng nhập" }).click();
  await expect(page).toHaveURL(english ? /\/en\/producer$/ : /\/producer$/);
}

async function newLot(page: Page, code: string) {
  await page.getByRole("link", { name: "Lô hàng & truy xuất" }).first().click();
  await page.getByRole("combobox", { name: "Sản phẩm", exact: true }).selectOption({ label: "Chè tôm nõn Hảo Đạt · 100 g" });
  await page.getByLabel("Mã lô (in trên bao bì)").fill(code);
  await page.getByLabel("Số lượng", { exact: true }).fill("20");
  await page.getByLabel("Ngày sản xuất").fill("2026-11-20");
  await page.getByRole("button", { name: "Tạo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lô ${code}`);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the guided form shows only each step's fields; a correction reaches the trace page", async ({ page }) => {
    await logIn(page);
    const code = `LJ-${Date.now().toString(36).toUpperCase()}`;
    await newLot(page, code);
    const steps = page.getByRole("navigation", { name: "Chọn bước cần ghi" });

    await steps.getByRole("link", { name: "Thu hoạch" }).click();
    const form = page.getByRole("form", { name: "Thu hoạch" });
    await expect(form.getByLabel("Khối lượng thu hoạch")).toBeVisible();
    for (const other of ["Nguyên liệu 1", "Gửi đến đâu", "Đạt yêu cầu"]) await expect(form.getByLabel(other)).toHaveCount(0);
    await form.getByLabel("Địa điểm").fill("Đồi chè xóm Hồng Thái");
    await form.getByLabel("Khối lượng thu hoạch").fill("80");
    await form.getByLabel("Ghi chú").fill("Hái buổi sáng");
    await form.getByRole("button", { name: "Lưu bước “Thu hoạch”" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu.");

    await page.getByRole("navigation", { name: "Chọn bước cần ghi" }).getByRole("link", { name: "Chế biến" }).click();
    const processing = page.getByRole("form", { name: "Chế biến" });
    await expect(processing.getByLabel("Khối lượng thu hoạch")).toHaveCount(0);
    await processing.getByLabel("Địa điểm").fill("Xưởng Hảo Đạt");
    await processing.getByLabel("Nguyên liệu 1", { exact: true }).fill("búp chè tươi");
    await processing.getByLabel("Khối lượng nguyên liệu 1").fill("80");
    // A second input without its amount: refused in Vietnamese, nothing recorded, what was typed kept.
    await processing.getByLabel("Nguyên liệu 2", { exact: true }).fill("than củi");
    await processing.getByRole("button", { name: "Lưu bước “Chế biến”" }).click();
    await expect(page.getByRole("alert")).toHaveText("Chế biến cần ít nhất một nguyên liệu đầu vào có tên và khối lượng lớn hơn 0.");
    const recorded = page.getByRole("list", { name: "Các bước đã ghi" });
    await expect(recorded.getByRole("listitem").filter({ hasText: "Chế biến" })).toHaveCount(0);
    await expect(processing.getByLabel("Nguyên liệu 1", { exact: true })).toHaveValue("búp chè tươi");
    await processing.getByLabel("Khối lượng nguyên liệu 2").fill("2,5");
    await processing.getByRole("button", { name: "Lưu bước “Chế biến”" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu.");
    await expect(recorded.getByRole("listitem").filter({ hasText: "từ 2,5 kg than củi" })).toBeVisible();

    // Correct the harvest: a new entry naming it; the old one stays, marked.
    await page.getByRole("link", { name: /^Sửa bước Thu hoạch/ }).click();
    await expect(page.getByRole("heading", { name: /^Sửa bước “Thu hoạch” ghi ngày/ })).toBeVisible();
    const fix = page.getByRole("form", { name: "Thu hoạch" });
    await expect(fix.getByLabel("Khối lượng thu hoạch")).toHaveValue("80");
    await fix.getByLabel("Khối lượng thu hoạch").fill("75");
    await fix.getByLabel("Sửa gì và vì sao").fill("Cân lại tại xưởng: 75 kg");
    await fix.getByRole("button", { name: "Lưu bản sửa" }).click();
    await expect(page.getByRole("status")).toHaveText("Đã lưu.");
    await expect(page.getByRole("link", { name: /^Đã sửa: xem bản sửa ngày/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Bản sửa của bước “Thu hoạch” ngày/ })).toBeVisible();

    await page.getByRole("link", { name: new RegExp(`^/01/08939990000016/10/${code}$`) }).click();
    const journey = page.getByRole("region", { name: "Hành trình của lô hàng" });
    await expect(journey.getByRole("link", { name: /^Thông tin này đã được sửa: xem bản sửa ngày/ })).toBeVisible();
    await expect(journey.getByRole("link", { name: /^Bản sửa của mục “Thu hoạch” ngày/ })).toBeVisible();
    await expect(journey).toContainText("Cân lại tại xưởng: 75 kg");
    await expect(journey).toContainText("75 kg");
  });

  test("the serial list shows each unit's scan standing, and scans read in Vietnamese", async ({ page }) => {
    // A link preview (a bot) views a unit's page: stored, never counted, and said so.
    await page.request.get("/01/08939990000016/10/HDTOMNON10-L01/21/DEMO-UNIT-0001", { headers: { "user-agent": "Zalo link preview bot/1.0" } });
    await logIn(page);
    const scans = page.getByRole("region", { name: "Lượt quét gần đây" });
    await expect(async () => {
      await page.reload();
      await expect(scans).toContainText("máy tự động, không tính là lượt quét", { timeout: 1_000 });
    }).toPass();
    await expect(scans).not.toContainText(/\?|\bbot\b/);
    const warnings = page.getByRole("region", { name: /Cảnh báo mã bị sao chép/ });
    await expect(warnings).toContainText("DEMO-COPY-0001");
    await expect(warnings).toContainText("Có thể bị sao chép: được quét ở 3 vùng khác nhau");
    await expect(warnings).not.toContainText("scanned in");

    await page.getByRole("link", { name: "Lô hàng & truy xuất" }).first().click();
    await page.getByRole("link", { name: SEEDED_LOT }).click();
    const table = page.getByRole("region", { name: /^Mã QR từng sản phẩm/ });
    const copied = table.getByRole("row", { name: /DEMO-COPY-0001/ });
    // The seed scanned it 48 times; other tests' browsers may have added theirs since (never a region: no trusted proxy here).
    const scanCount = async (row: typeof copied) => Number((await row.getByRole("cell").nth(0).textContent())?.match(/^\d+/)?.[0]);
    expect(await scanCount(copied)).toBeGreaterThanOrEqual(48);
    await expect(copied).toContainText("VN-BN, VN-HN, VN-HP, VN-SG, VN-TN");
    await expect(copied).toContainText("Có thể bị sao chép");
    const genuine = table.getByRole("row", { name: /DEMO-UNIT-0001/ });
    expect(await scanCount(genuine)).toBeGreaterThanOrEqual(2);
    await expect(genuine.getByRole("cell").nth(1)).toHaveText("VN-TN");
    await expect(genuine).toContainText("Bình thường");

    // The lot page with a step's form open, and with a correction's, is usable by everyone.
    for (const link of [page.getByRole("link", { name: "Chế biến", exact: true }), page.getByRole("link", { name: /^Sửa bước Kiểm tra chất lượng/ })]) {
      await link.click();
      await expect(page.getByRole("form")).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });
});

test.describe("on a desktop, in English", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the quality check shows only its result; scans and flags are in English", async ({ page }) => {
    await logIn(page, true);
    const warnings = page.getByRole("region", { name: /Copied-code warnings/ });
    await expect(warnings).toContainText("Likely copied: scanned in 3 different regions (a genuine unit stays within 2)");
    await expect(page.getByRole("region", { name: "Recent scans" })).not.toContainText(/\?|máy|điện thoại/);

    await page.getByRole("link", { name: "Lots & tracing" }).first().click();
    await page.getByRole("link", { name: SEEDED_LOT }).click();
    await page.getByRole("navigation", { name: "Choose the step to record" }).getByRole("link", { name: "Quality check" }).click();
    const form = page.getByRole("form", { name: "Quality check" });
    await expect(form.getByRole("radio", { name: "Passed" })).toBeChecked();
    await expect(form.getByRole("radio", { name: "Failed" })).toBeVisible();
    for (const other of ["Amount harvested", "Material 1", "Sent to"]) await expect(form.getByLabel(other)).toHaveCount(0);
    await expect(page.getByRole("region", { name: /^Unit QR codes/ }).getByRole("row", { name: /DEMO-UNIT-0001/ })).toContainText("Looks genuine");

    // A step the form does not offer, and an entry that is not this lot's: a clear message, nothing recorded.
    await page.goto(`${new URL(page.url()).pathname}?correct=tev_nothing`);
    await expect(page.getByRole("alert")).toHaveText("That entry is not one of this lot's.");
  });
});
