import { expect, type Page, test } from "../harness/csp-watch.ts";

/** Forms a person can fix (README, "Forms"): the checkout's contact and address step, and registration, on a phone. */
test.use({ viewport: { width: 390, height: 844 } });

async function toCheckout(page: Page, prefix = "") {
  await page.goto(`${prefix}/products/mien-viet-cuong`);
  await page
    .getByRole("button", { name: prefix ? "Add to cart" : "Thêm vào giỏ" })
    .first()
    .click();
  await expect(page).toHaveURL(/\/cart\?notice=added$/);
  await page.goto(`${prefix}/checkout`);
}

async function fillContact(page: Page) {
  await page.getByLabel("Email").fill("sua-loi@example.vn");
  await page.getByLabel("Họ và tên").fill("Trần Văn Minh");
  await page.getByLabel("Số điện thoại").fill("0987 654 321");
  await page.getByLabel("Tỉnh / thành phố").selectOption("Thái Nguyên");
  await page.getByLabel("Xã / phường / đặc khu").selectOption("Phường Phan Đình Phùng");
  await page.getByLabel("Số nhà, đường, thôn/xóm").fill("12 Hoàng Văn Thụ");
}

test("a wrong phone takes the focus, is marked invalid and says how to write it; each next step's heading then takes the focus", async ({ page }) => {
  await toCheckout(page);
  await fillContact(page);
  await page.getByLabel("Số điện thoại").fill("12345");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  const phone = page.getByLabel("Số điện thoại");
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveAccessibleDescription(/gồm 10 chữ số, bắt đầu bằng 0 \(hoặc \+84\), ví dụ 0912 345 678/);
  // The summary at the top links to the field; what was typed stays.
  await expect(page.getByRole("alert").getByRole("link", { name: /^Số điện thoại: gồm 10 chữ số/ })).toHaveAttribute("href", "#f-phone");
  await expect(phone).toHaveValue("12345");
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Trần Văn Minh");
  await expect(page.getByLabel("Xã / phường / đặc khu")).toHaveValue("Phường Phan Đình Phùng");
  await expect(page.getByLabel("Họ và tên")).not.toHaveAttribute("aria-invalid", "true");

  await phone.fill("0987 654 321");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "2. Giao hàng" })).toBeFocused();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "3. Thanh toán" })).toBeFocused();
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "4. Xem lại và đặt hàng" })).toBeFocused();
});

test("typing without diacritics finds the province, and its communes follow", async ({ page }) => {
  await toCheckout(page);
  const province = page.getByLabel("Tỉnh / thành phố");
  const ward = page.getByLabel("Xã / phường / đặc khu");
  await province.selectOption("Hà Nội");
  await expect(ward.getByRole("option", { name: "Phường Hoàn Kiếm" })).toBeAttached();

  await page.getByLabel("Tìm tỉnh, thành phố (gõ không dấu cũng được)").fill("thai ng");
  await expect(province).toHaveValue("Thái Nguyên");
  await expect(ward.getByRole("option", { name: "Phường Phan Đình Phùng" })).toBeAttached();
  await expect(ward.getByRole("option", { name: "Phường Hoàn Kiếm" })).toHaveCount(0);

  await page.getByLabel("Tìm xã, phường (gõ không dấu cũng được)").fill("phan dinh");
  await expect(ward).toHaveValue("Phường Phan Đình Phùng");
});

test("a commune that is not in the chosen province is refused with a message, and nothing is saved", async ({ page }) => {
  await toCheckout(page, "/en");
  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/en/checkout", {
    headers: { origin },
    form: { step: "contact", email: "sua-loi@example.vn", name: "Jane Doe", phone: "0912345678", province: "Hà Nội", ward: "Phường Phan Đình Phùng", street: "12 Hoàng Văn Thụ" },
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("Commune or ward: &quot;Phường Phan Đình Phùng&quot; is not in Hà Nội: choose a commune or ward of Hà Nội from the list.");
  // Nothing was saved: the checkout still asks for the contact and address.
  await page.reload();
  await expect(page.getByLabel("Commune or ward")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("");
});

test("without JavaScript: the first wrong field has the focus, and another province's communes come with one button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await toCheckout(page);
  await fillContact(page);
  await page.getByLabel("Tỉnh / thành phố").selectOption("Hà Nội");
  await page.getByRole("button", { name: "Hiện xã, phường của tỉnh này" }).click();
  const ward = page.getByLabel("Xã / phường / đặc khu");
  await expect(ward).toBeFocused();
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Trần Văn Minh");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await ward.selectOption("Phường Hoàn Kiếm");
  await page.getByLabel("Email").fill("sua-loi@");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  const email = page.getByLabel("Email");
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription("Email: phải là một địa chỉ email, ví dụ lan@example.vn.");
  await email.fill("sua-loi@example.vn");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "2. Giao hàng" })).toBeFocused();
  await context.close();
});

test("registration says what to type beside each wrong field and keeps what was typed", async ({ page }) => {
  await page.goto("/en/account/register");
  await page.getByLabel("First name").fill("Hoa");
  await page.getByLabel("Email").fill("hoa@example");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Register" }).click();
  const email = page.getByLabel("Email");
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Email: must be an email address, e.g. lan@example.vn.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/The password needs at least 10 characters\./);
  await expect(page.getByLabel("First name")).toHaveValue("Hoa");
  await expect(email).toHaveValue("hoa@example");
});
