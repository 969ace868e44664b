import { expect, type Page, test } from "../harness/csp-watch.ts";

/** Buying as a stranger on a phone: product page → cart → checkout → confirmation. */
test.use({ viewport: { width: 390, height: 844 } });

async function fillAddress(page: Page) {
  await page.getByLabel("Email").fill("khach@example.vn");
  await page.getByLabel("Họ và tên").fill("Trần Văn Minh");
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page.getByLabel("Tỉnh / thành phố").selectOption("Hà Nội");
  await page.getByLabel("Xã / phường / đặc khu").selectOption("Phường Hoàn Kiếm");
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill("5 Tràng Tiền");
}

async function addNoodlesToCart(page: Page) {
  await page.goto("/products/mien-viet-cuong");
  const buy = page.getByRole("form", { name: "Thêm vào giỏ" });
  await buy.getByLabel("Số lượng").fill("2");
  await buy.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(page).toHaveURL(/\/cart\?notice=added$/);
  await expect(page.getByRole("status")).toHaveText("Đã thêm vào giỏ hàng.");
}

test("a full purchase with cash on delivery", async ({ page }) => {
  await addNoodlesToCart(page);
  await page.getByRole("link", { name: "Thanh toán" }).click();

  // A wrong phone is named with how to write it, and nothing moves on (tests/e2e/forms.spec.ts checks the focus).
  await fillAddress(page);
  await page.getByLabel("Số điện thoại").fill("12345");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("alert")).toContainText("Số điện thoại: gồm 10 chữ số, bắt đầu bằng 0");
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  await page.getByLabel(/Chuyển phát nhanh/).check();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("Thanh toán khi nhận hàng (COD)").check();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("region", { name: "4. Xem lại và đặt hàng" })).toContainText("205.000");
  await page.getByRole("button", { name: "Đặt hàng" }).click();

  await expect(page).toHaveURL(/\/orders\/order_/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Đơn hàng #\d+$/);
  await expect(page.getByText("Bạn thanh toán 205.000")).toBeVisible();
  // The cart is empty again.
  await page.goto("/cart");
  await expect(page.getByText("Giỏ hàng đang trống.")).toBeVisible();
});

test("a full purchase with a VietQR bank transfer, in English", async ({ page }) => {
  await page.goto("/en/products/mien-viet-cuong");
  const buy = page.getByRole("form", { name: "Add to cart" });
  await buy.getByRole("button", { name: "Add to cart" }).click();
  await page.goto("/en/checkout");
  await page.getByLabel("Email").fill("visitor@example.com");
  await page.getByLabel("Full name").fill("Jane Doe");
  await page.getByLabel("Phone").fill("+84 912 345 678");
  await page.getByLabel("Province or city").selectOption("Thái Nguyên");
  await page.getByLabel("Commune or ward").selectOption("Phường Phan Đình Phùng");
  await page.getByLabel("House number, street, hamlet").fill("12 Hoàng Văn Thụ");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel(/Pick up at the Thái Nguyên OCOP showroom/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Bank transfer by VietQR").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/en\/orders\/order_/);
  const pay = page.getByRole("region", { name: "Awaiting payment" });
  await expect(pay.getByRole("img", { name: "VietQR" })).toBeVisible();
  await expect(pay).toContainText("Vietcombank");
  await expect(pay).toContainText("1234567890");
  await expect(pay).toContainText(/OCOP[0-9A-Z]{8}/);
  await expect(pay).toContainText("₫75,000");
});

test("a confirmation page is not shown to another device", async ({ page, browser }) => {
  await addNoodlesToCart(page);
  await page.goto("/checkout");
  await fillAddress(page);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/orders\/order_/);
  const other = await browser.newPage();
  const response = await other.goto(page.url());
  expect(response?.status()).toBe(404);
  // Nor to one that sets the order cookie to the id by hand: the cookie is signed.
  const orderId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await other.context().addCookies([{ name: "ocop_orders", value: orderId, url: page.url() }]);
  expect((await other.goto(page.url()))?.status()).toBe(404);
  await expect(other.getByText("khach@example.vn")).toHaveCount(0);
  await other.close();
  // The device that placed it still sees it.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Đơn hàng #\d+$/);
});

test("works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await addNoodlesToCart(page);
  await page.getByLabel("Số lượng").fill("3");
  await page.getByRole("button", { name: "Cập nhật" }).click();
  await expect(page.getByText("75.000 ₫ × 3")).toBeVisible();
  await page.getByRole("button", { name: /Xoá/ }).click();
  await expect(page.getByText("Giỏ hàng đang trống.")).toBeVisible();
  await context.close();
});

test("a sold-out variant cannot be chosen", async ({ page }) => {
  await page.goto("/products/hong-khong-hat-ba-be");
  const buy = page.getByRole("form", { name: "Thêm vào giỏ" });
  await expect(buy.getByRole("radio")).toHaveCount(0); // one buyable variant left: no choice to make
  await expect(buy.getByText("Thùng 5 kg")).toHaveCount(0);
});

test("a tourism service is booked for a date and a number of visitors", async ({ page }) => {
  await page.goto("/products/trai-nghiem-doi-che-tan-cuong");
  const buy = page.getByRole("form", { name: "Thêm vào giỏ" });
  await buy.getByLabel("Ngày tham quan").fill("2027-04-10");
  await buy.getByLabel("Số khách").fill("4");
  await buy.getByRole("button", { name: "Thêm vào giỏ" }).click();
  await expect(page.getByText(/Đặt chỗ ngày 10 tháng 4, 2027 cho 4 khách/)).toBeVisible();
  await page.goto("/checkout");
  await expect(page.getByText("Đơn chỉ có dịch vụ du lịch: không cần giao hàng.")).toBeVisible();
});

test("a customer registers, saves an address at checkout, reuses it, and finds the order in their history", async ({ page }) => {
  const email = `khach-${Date.now()}@example.vn`;
  await page.goto("/account/register");
  await page.getByLabel("Tên").fill("Hoa");
  await page.getByLabel("Họ", { exact: true }).fill("Lê");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill("mat-khau-dai-2026");
  await page.getByRole("button", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("Bạn chưa có đơn hàng nào.")).toBeVisible();

  await addNoodlesToCart(page);
  await page.goto("/checkout");
  await fillAddress(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Lưu địa chỉ này vào tài khoản").check();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByRole("button", { name: "Đặt hàng" }).click();
  await expect(page).toHaveURL(/\/orders\/order_/);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())?.replace(/\D/g, "");

  await page.goto("/account");
  await expect(page.getByRole("link", { name: `#${number}` })).toBeVisible();
  await expect(page.getByText("5 Tràng Tiền, Phường Hoàn Kiếm, Hà Nội")).toBeVisible();

  // The saved address fills the next checkout in one tap.
  await addNoodlesToCart(page);
  await page.goto("/checkout");
  await page.getByRole("button", { name: /Trần Văn Minh, 5 Tràng Tiền/ }).click();
  await expect(page.getByRole("region", { name: "2. Giao hàng" }).getByRole("radio").first()).toBeVisible();

  await page.goto("/account");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account\/login\?next=%2Faccount$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-123");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
});
