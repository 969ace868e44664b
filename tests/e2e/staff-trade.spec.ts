import { expect, test } from "../harness/csp-watch.ts";

/** The trade department adds a livestream and a point of sale on /staff; bad input is named and nothing is saved. */
const RUN = Date.now().toString(36);

test("staff add a livestream and a showroom", async ({ page }) => {
  await page.goto("/staff/livestreams");
  await expect(page).toHaveURL(/\/staff\/login\?next=/);
  await page.getByLabel("Email").fill("admin@ocop-demo.vn");
  await page.getByLabel("Mật khẩu").fill("ocop-demo-2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/staff\/livestreams$/);

  await page.getByRole("link", { name: "Thêm mới" }).click();
  const title = `Live thử ${RUN}`;
  await page.getByLabel("Tiêu đề (tiếng Việt)").fill(title);
  await page.getByLabel("Nền tảng").selectOption({ label: "TikTok" });
  await page.getByLabel("Đường dẫn phiên live (https)").fill("https://www.facebook.com/not-tiktok/live");
  await page.getByLabel("Người dẫn / chủ thể").fill("HTX Chè Hảo Đạt");
  await page.getByLabel("Bắt đầu (giờ Việt Nam)").fill("2031-05-10T20:00");
  await page.getByLabel("Kết thúc (giờ Việt Nam)").fill("2031-05-10T19:00");
  await page.getByRole("group", { name: "Sản phẩm giới thiệu" }).getByRole("checkbox", { name: "Chè tôm nõn Hảo Đạt" }).check();
  await page.getByRole("button", { name: "Lưu" }).click();
  const problem = page.getByRole("alert");
  await expect(problem).toContainText("Kết thúc (giờ Việt Nam): phải sau thời điểm bắt đầu.");
  await expect(problem).toContainText("Đường dẫn phiên live (https): phải là đường dẫn https trên tiktok");
  await expect(page.getByLabel("Tiêu đề (tiếng Việt)")).toHaveValue(title);

  await page.getByLabel("Đường dẫn phiên live (https)").fill("https://www.tiktok.com/@ocop.e2e/live");
  await page.getByLabel("Kết thúc (giờ Việt Nam)").fill("2031-05-10T21:30");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("TikTok");
  await expect(row.getByRole("cell").last()).toHaveText("0");

  await page.goto("/livestreams");
  const card = page.getByRole("region", { name: "Sắp diễn ra" }).getByRole("article", { name: title });
  await expect(card).toContainText("20:00");
  await expect(card.getByRole("link", { name: "Chè tôm nõn Hảo Đạt" })).toBeVisible();

  await page.goto("/staff/showrooms");
  await page.getByRole("link", { name: "Thêm mới" }).click();
  const name = `Quầy OCOP thử ${RUN}`;
  await page.getByLabel("Tên", { exact: true }).fill(name);
  await page.getByLabel("Địa chỉ", { exact: true }).fill("Xã Tân Cương");
  await page.getByLabel("Giờ mở cửa", { exact: true }).fill("8:00–17:00");
  await page.getByLabel(/^Xã \/ phường/).fill("khong-co");
  await page.getByLabel(/^Vĩ độ/).fill("21,57");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("alert")).toContainText("Kinh độ: phải nhập cùng với vĩ độ, hoặc bỏ trống cả hai.");
  await page.getByLabel(/^Kinh độ/).fill("105.76");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("alert")).toContainText("Xã / phường (mã, ví dụ thinh-duc): không có xã/phường khong-co.");
  await page.getByLabel(/^Xã \/ phường/).fill("tan-cuong");
  await page.getByRole("group", { name: "Sản phẩm có bán" }).getByRole("checkbox", { name: "Chè móc câu Hảo Đạt" }).check();
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");

  await page.goto("/showrooms");
  const showroom = page.getByRole("article", { name });
  await expect(showroom).toContainText("8:00–17:00");
  await expect(showroom.getByText("Dữ liệu mẫu")).toHaveCount(0);
});
