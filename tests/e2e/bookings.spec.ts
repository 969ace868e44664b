import { expect, type Page, test } from "../harness/csp-watch.ts";

/**
 * Booking tourism services: a date, visitors and a contact with no address;
 * paid on arrival or by VietQR as the service says; a homestay's full date
 * shown as full and refused; the producer's bookings by date. Phone and
 * desktop, Vietnamese and English.
 */

/** A date of its own for each test and run, years ahead, so no two share one. */
function dateAhead(): { iso: string; vi: string; en: string } {
  const day = new Date(Date.UTC(2031 + Math.floor(Math.random() * 5), 0, 1) + Math.floor(Math.random() * 360) * 86_400_000);
  const as = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" }).format(day);
  return { iso: day.toISOString().slice(0, 10), vi: as("vi-VN"), en: as("en") };
}

/** Fills the buy form of the product page at hand and sends it. */
async function book(page: Page, form: { date: string; visitors: string; add: string; dateLabel: string; visitorsLabel: string }) {
  const buy = page.getByRole("form", { name: form.add });
  await buy.getByLabel(form.dateLabel).fill(form.date);
  await buy.getByLabel(form.visitorsLabel).fill(form.visitors);
  await buy.getByRole("button", { name: form.add }).click();
}

test.describe("on a phone, in Vietnamese", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a tour paid on arrival is booked with a foreign phone and no address, in visitors and dates", async ({ page }) => {
    const date = dateAhead();
    await page.goto("/products/trai-nghiem-doi-che-tan-cuong");
    const buy = page.getByRole("form", { name: "Thêm vào giỏ" });
    await expect(buy).toContainText("Thanh toán: trả tiền khi bạn đến, vào ngày tham quan.");
    await expect(page.getByText(/Còn \d+ sản phẩm/)).toHaveCount(0);
    await book(page, { date: date.iso, visitors: "2", add: "Thêm vào giỏ", dateLabel: "Ngày tham quan", visitorsLabel: "Số khách" });

    await expect(page).toHaveURL(/\/cart\?notice=added$/);
    const lines = page.getByRole("list", { name: "Giỏ hàng" });
    await expect(lines).toContainText(`Đặt chỗ ngày ${date.vi} cho 2 khách`);
    await expect(lines).toContainText("300.000 ₫ mỗi khách × 2 khách = 600.000 ₫");
    await expect(lines).not.toContainText("1 khách");

    await page.getByRole("link", { name: "Thanh toán" }).click();
    await expect(page.getByRole("heading", { name: "1. Người đặt" })).toBeVisible();
    await expect(page.getByLabel("Tỉnh / thành phố")).toHaveCount(0);
    await expect(page.getByLabel("Số nhà, đường, thôn/xóm")).toHaveCount(0);
    await page.getByLabel("Email").fill("jane@example.co.uk");
    await page.getByLabel("Họ và tên").fill("Jane Doe");
    await page.getByLabel("Số điện thoại").fill("12345");
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    await expect(page.getByRole("alert")).toContainText("Số điện thoại: gồm 10 chữ số bắt đầu bằng 0 (số Việt Nam, ví dụ 0912 345 678), hoặc dấu + và mã quốc gia");
    await expect(page.getByLabel("Số điện thoại")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Số điện thoại").fill("+44 20 7946 0958");
    await page.getByRole("button", { name: "Tiếp tục" }).click();

    await expect(page.getByRole("radio")).toHaveCount(1);
    await expect(page.getByText("Thanh toán khi nhận hàng")).toHaveCount(0);
    await page.getByLabel("Trả tiền khi đến nơi").check();
    await page.getByRole("button", { name: "Tiếp tục" }).click();
    const review = page.getByRole("region", { name: "4. Xem lại và đặt hàng" });
    await expect(review).toContainText(`Ngày ${date.vi} · 2 khách — 600.000 ₫`);
    await page.screenshot({ path: "test-results/bookings/checkout-vi-phone.png", fullPage: true });
    await page.getByRole("button", { name: "Đặt hàng" }).click();

    await expect(page).toHaveURL(/\/orders\/order_/);
    await expect(page.getByText(`Bạn trả 600.000 ₫ khi đến, vào ngày ${date.vi}.`)).toBeVisible();
    await expect(page.getByText(/khi nhận hàng|× 2/)).toHaveCount(0);
    await expect(page.getByRole("listitem").filter({ hasText: `Ngày ${date.vi} · 2 khách` })).toBeVisible();
    await page.screenshot({ path: "test-results/bookings/confirmation-vi-phone.png", fullPage: true });
  });
});

test.describe("on a desktop, in English", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("a homestay's full date is shown as full and refused; its producer sees the booking by date", async ({ page }) => {
    const date = dateAhead();
    const form = { date: date.iso, add: "Add to cart", dateLabel: "Visit date", visitorsLabel: "Visitors" };
    await page.goto("/en/products/homestay-pac-ngoi-ba-be");
    const buy = page.getByRole("form", { name: "Add to cart" });
    await expect(buy).toContainText("Up to 4 visitors a day.");
    await expect(buy).toContainText("Payment: by VietQR bank transfer when you book");
    await buy.getByRole("radio", { name: /1 night, 3 meals/ }).check();
    await book(page, { ...form, visitors: "4" });
    await expect(page.getByRole("list", { name: "Cart" })).toContainText("₫450,000 per visitor × 4 visitors = ₫1,800,000");

    await page.goto("/en/checkout");
    await page.getByLabel("Email").fill("guest@example.com");
    await page.getByLabel("Full name").fill("Sam Lee");
    await page.getByLabel("Phone").fill("+1 415 555 0132");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByLabel("Pay on arrival")).toHaveCount(0);
    await expect(page.getByLabel("Cash on delivery")).toHaveCount(0);
    await page.getByLabel("Bank transfer by VietQR").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Place order" }).click();
    await expect(page).toHaveURL(/\/en\/orders\/order_/);
    await expect(page.getByText("Transfer now to confirm your booking.")).toBeVisible();
    await expect(page.getByText(/cash on delivery|in stock/i)).toHaveCount(0);
    await page.screenshot({ path: "test-results/bookings/confirmation-en-desktop.png", fullPage: true });

    // The date is now full: listed as such, and one more visitor is refused with a message.
    await page.goto("/en/products/homestay-pac-ngoi-ba-be");
    await expect(
      page
        .getByRole("form", { name: "Add to cart" })
        .getByRole("listitem")
        .filter({ hasText: `${date.en}: fully booked` }),
    ).toBeVisible();
    await page.screenshot({ path: "test-results/bookings/product-en-desktop.png", fullPage: true });
    await book(page, { ...form, visitors: "1" });
    await expect(page.getByRole("alert")).toHaveText(/The date you chose has not enough places left/);
    await expect(page.getByText("Your cart is empty.")).toBeVisible();

    // Its producer sees who comes on that date.
    await page.goto("/en/producer");
    await page.getByLabel("Email").fill("pacngoi@ocop-demo.vn");
    await page.getByLabel("Password").fill("ocop-demo-2026");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("navigation", { name: "OCOP producer portal" }).getByRole("link", { name: "Bookings" }).click();
    const day = page.getByRole("region", { name: `${date.en}: 4 visitors` });
    await expect(day).toContainText("Sam Lee");
    await expect(day).toContainText("+14155550132");
    await expect(day).toContainText("awaiting transfer");
    await page.screenshot({ path: "test-results/bookings/producer-en-desktop.png", fullPage: true });
  });
});
