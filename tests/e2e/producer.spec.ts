import { expect, type Page, test } from "../harness/csp-watch.ts";

/** The producer portal on a phone: log in, edit a product, trace a lot, print labels, ship an order. */
test.use({ viewport: { width: 390, height: 844 } });

async function logIn(page: Page, email: string) {
  await page.goto("/producer");
  await expect(page).toHaveURL(/\/producer\/login\?next=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill("ocop-demo-2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/producer$/);
}

test("a producer edits a product; markup in its story shows as text", async ({ page }) => {
  await logIn(page, "haodat@ocop-demo.vn");
  await expect(page.getByRole("heading", { name: "Tổng quan" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Cảnh báo mã bị sao chép/ })).toContainText("DEMO-COPY-0001");
  await page.getByRole("navigation", { name: "Cổng chủ thể OCOP" }).getByRole("link", { name: "Sản phẩm" }).click();
  await page.getByRole("link", { name: "Chè đinh Tân Cương Hảo Đạt" }).click();
  const story = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2"> Chè đinh hái từ búp non nhất.';
  await page.getByLabel("Câu chuyện sản phẩm").fill(story);
  await page.getByLabel("Giá (đồng)").first().fill("455000");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  await expect(page.getByLabel("Giá (đồng)").first()).toHaveValue("455000");

  await page.goto("/products/che-dinh-tan-cuong-hao-dat");
  const section = page.getByRole("region", { name: "Câu chuyện sản phẩm" });
  await expect(section).toContainText("<script>window.hacked=1</script>");
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.getByText("455.000 ₫", { exact: true })).toBeVisible();
});

test("a producer creates a lot, records its steps and prints its labels", async ({ page }) => {
  await logIn(page, "haodat@ocop-demo.vn");
  await page.getByRole("navigation", { name: "Cổng chủ thể OCOP" }).getByRole("link", { name: "Lô hàng & truy xuất" }).click();
  await page.getByRole("combobox", { name: "Sản phẩm", exact: true }).selectOption({ label: "Chè tôm nõn Hảo Đạt · 100 g" });
  const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("Mã lô (in trên bao bì)").fill(code);
  await page.getByLabel("Số lượng", { exact: true }).fill("20");
  await page.getByLabel("Vùng nguyên liệu / vườn").fill("Đồi chè xóm Hồng Thái");
  await page.getByLabel("Số mã QR riêng cho từng sản phẩm").fill("6");
  await page.getByRole("button", { name: "Tạo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Lô ${code}`);

  // The guided form: the step is chosen first, then only its fields are shown (lot-journal.spec.ts).
  await page.getByRole("navigation", { name: "Chọn bước cần ghi" }).getByRole("link", { name: "Thu hoạch" }).click();
  await page.getByLabel("Địa điểm").fill("Đồi chè xóm Hồng Thái");
  await page.getByLabel("Khối lượng thu hoạch").fill("100");
  await page.getByLabel("Ghi chú").fill("Hái buổi sáng");
  await page.getByRole("button", { name: "Lưu bước “Thu hoạch”" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  await page.getByRole("navigation", { name: "Chọn bước cần ghi" }).getByRole("link", { name: "Chế biến" }).click();
  await page.getByLabel("Địa điểm").fill("Xưởng Hảo Đạt");
  await page.getByLabel("Nguyên liệu 1", { exact: true }).fill("búp chè tươi");
  await page.getByLabel("Khối lượng nguyên liệu 1").fill("100");
  await page.getByRole("button", { name: "Lưu bước “Chế biến”" }).click();
  await expect(page.getByText("Chuỗi dữ liệu nguyên vẹn")).toBeVisible();
  await expect(page.getByRole("list", { name: "Các bước đã ghi" }).getByRole("listitem").filter({ hasText: "Chế biến" })).toBeVisible();

  // Labels per unit: the A4 sheet and the thermal roll (50 × 30 mm pages).
  const labels = page.getByRole("region", { name: "In tem QR" });
  for (const [name, mediaBox] of [
    ["Tờ A4, 21 tem (63,5 × 38,1 mm)", "/MediaBox [0 0 595.28 841.89]"],
    ["Máy in nhiệt, tem 50 × 30 mm", "/MediaBox [0 0 141.732283 85.03937]"],
  ]) {
    const pdf = await page.request.get((await labels.getByRole("link", { name }).first().getAttribute("href")) ?? "");
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const body = (await pdf.body()).toString("latin1");
    expect(body.slice(0, 5)).toBe("%PDF-");
    expect(body).toContain(mediaBox);
  }

  // The lot's public page shows the new steps; the lot carries the GTIN its product's variant holds.
  await page.getByRole("link", { name: /^\/01\/08939990000016\/10\// }).click();
  await expect(page.getByRole("region", { name: "Hành trình của lô hàng" })).toContainText("Hái buổi sáng");
});

test("a producer ships an order of its own", async ({ page, browser }) => {
  // A buyer orders noodles (Việt Cường's) with cash on delivery.
  const buyer = await browser.newPage();
  await buyer.goto("/products/mien-viet-cuong");
  await buyer.getByRole("form", { name: "Thêm vào giỏ" }).getByRole("button", { name: "Thêm vào giỏ" }).click();
  await buyer.goto("/checkout");
  await buyer.getByLabel("Email").fill("mua@example.vn");
  await buyer.getByLabel("Họ và tên").fill("Phạm Thu");
  await buyer.getByLabel("Số điện thoại").fill("0977000111");
  await buyer.getByLabel("Tỉnh / thành phố").selectOption("Hải Phòng");
  await buyer.getByLabel("Xã / phường / đặc khu").selectOption("Phường Hồng Bàng");
  await buyer.getByLabel("Số nhà, đường, thôn/xóm").fill("3 Điện Biên Phủ");
  await buyer.getByRole("button", { name: "Tiếp tục" }).click();
  await buyer.getByLabel(/Chuyển phát tiêu chuẩn/).check();
  await buyer.getByRole("button", { name: "Tiếp tục" }).click();
  await buyer.getByRole("button", { name: "Tiếp tục" }).click();
  await buyer.getByRole("button", { name: "Đặt hàng" }).click();
  const number = (await buyer.getByRole("heading", { level: 1 }).textContent())?.replace(/\D/g, "") ?? "";
  await buyer.close();

  await logIn(page, "vietcuong@ocop-demo.vn");
  await page.getByRole("navigation", { name: "Cổng chủ thể OCOP" }).getByRole("link", { name: "Đơn hàng" }).click();
  const order = page.getByRole("listitem", { name: `#${number}`, exact: true });
  await expect(order).toContainText("Phạm Thu");
  await order.getByRole("combobox", { name: "Đơn vị vận chuyển" }).selectOption({ label: "VNPost" });
  await order.getByLabel("Mã vận đơn").fill("VNPOST123");
  await order.getByRole("button", { name: "Đã gửi hàng" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  await expect(page.getByRole("listitem", { name: `#${number}`, exact: true })).toContainText("Đã gửi · VNPost · VNPOST123");
});
