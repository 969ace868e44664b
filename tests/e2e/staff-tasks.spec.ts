import { expect, test } from "../harness/csp-watch.ts";
import { STAFF } from "../harness/demo.ts";
import { staffLogInAt } from "../harness/staff-login.ts";

/**
 * README, "Staff tools": each trade-department task on /staff, end to end through forms only, in
 * Vietnamese — no id typed, no API call by the clerk. (Producers' side of a review is set up
 * through the producer API: it is not the task under test.)
 */
const backendUrl = process.env.TEST_BACKEND_URL ?? "";
const RUN = Date.now().toString(36);

async function api(path: string, token: string, body?: unknown) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return response.json();
}

async function token(actor: "user" | "producer", email: string) {
  const response = await fetch(`${backendUrl}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: STAFF.password }),
  });
  return ((await response.json()) as { token: string }).token;
}

test("a campaign's public page: picked from the list, texts and featured products through the form", async ({ page }) => {
  await staffLogInAt(page, "/staff/campaigns");
  await page.getByRole("link", { name: "Sửa trang công khai của Hội chợ OCOP và đặc sản vùng miền" }).click();
  const form = page.getByRole("form", { name: "Trang công khai của chiến dịch" });
  await expect(form.getByLabel("Chiến dịch (Medusa)")).toHaveValue(/.+/);
  await expect(form.getByLabel("Tiêu đề (tiếng Anh)")).toHaveValue("OCOP and regional specialties fair");

  // A taken address is named in Vietnamese, and what was typed stays.
  await form.getByLabel("Đường dẫn trang (slug)").fill("tuan-le-ocop-thai-nguyen");
  const body = `Hội chợ tại Trung tâm giới thiệu sản phẩm OCOP tỉnh, có gian hàng mật ong. (Lần ${RUN}.)`;
  await form.getByLabel("Nội dung (tiếng Việt)").fill(body);
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("alert")).toHaveText("Đường dẫn trang (slug): “tuan-le-ocop-thai-nguyen” đã được dùng, hãy chọn giá trị khác.");
  await expect(form.getByLabel("Nội dung (tiếng Việt)")).toHaveValue(body);

  await form.getByLabel("Đường dẫn trang (slug)").fill("hoi-cho-ocop-vung-mien");
  const featured = form.getByRole("group", { name: "Sản phẩm nổi bật" });
  await featured.getByLabel("Lọc theo tên sản phẩm").fill("mat ong phuc");
  await featured.getByRole("checkbox", { name: "Mật ong Phúc Thành" }).check();
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  await expect(page.getByRole("form", { name: "Trang công khai của chiến dịch" }).getByRole("checkbox", { name: "Mật ong Phúc Thành" })).toBeChecked();

  await page.goto("/campaigns/hoi-cho-ocop-vung-mien");
  await expect(page.getByText(body)).toBeVisible();
  await expect(page.getByRole("link", { name: /Mật ong Phúc Thành/ }).first()).toBeVisible();
});

test("the review queue: see the change, approve one, reject one with a reason the producer reads", async ({ page, browser }) => {
  const producer = await token("producer", "haodat@ocop-demo.vn");
  const title = `Trà xanh thử duyệt ${RUN}`;
  await api("/producer/products", producer, { title, product_set: "tea", variant_title: "Gói 100 g", price_vnd: 55000, stock: 5 });
  const me = await api("/producer/me", producer);
  const proposed = `${me.producer.legal_name} (tên mới ${RUN})`;
  await api("/producer/me", producer, { legal_name: proposed });

  await staffLogInAt(page, "/staff/reviews");
  const product = page.getByRole("article").filter({ hasText: title });
  await expect(product.getByRole("heading")).toHaveText(`${me.producer.legal_name}: sản phẩm mới`);
  await product.getByRole("button", { name: "Duyệt" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã duyệt: thay đổi đã có hiệu lực.");
  await expect(page.getByRole("article").filter({ hasText: title })).toHaveCount(0);

  const rename = page.getByRole("article").filter({ hasText: proposed });
  await expect(rename.getByRole("definition").first()).toHaveText(me.producer.legal_name);
  await rename.getByRole("textbox", { name: "Lý do từ chối (chủ thể sẽ đọc)" }).evaluate((input: HTMLTextAreaElement) => input.removeAttribute("required"));
  await rename.getByRole("button", { name: "Từ chối" }).click();
  await expect(page.getByRole("alert")).toHaveText("Lý do từ chối (chủ thể sẽ đọc): cần nhập.");
  const reason = `Tên mới chưa khớp giấy đăng ký kinh doanh (${RUN}).`;
  await page.getByRole("article").filter({ hasText: proposed }).getByRole("textbox", { name: "Lý do từ chối (chủ thể sẽ đọc)" }).fill(reason);
  await page.getByRole("article").filter({ hasText: proposed }).getByRole("button", { name: "Từ chối" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã từ chối; chủ thể sẽ thấy lý do.");

  // The producer reads the decision and the reason in its portal.
  const portal = await browser.newPage();
  await portal.goto("/producer/login");
  await portal.getByLabel("Email").fill("haodat@ocop-demo.vn");
  await portal.getByLabel("Mật khẩu").fill(STAFF.password);
  await portal.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(portal).toHaveURL(/\/producer$/);
  await portal.goto("/producer/profile");
  const row = portal.getByRole("region", { name: "Yêu cầu đã gửi Sở Công Thương" }).getByRole("row").filter({ hasText: proposed });
  await expect(row).toContainText("Bị từ chối");
  await expect(row).toContainText(`Lý do: ${reason}`);
  await portal.close();
});

test("producer invitations: invite, send again, withdraw; a sign-up approved", async ({ page, browser }) => {
  // A person signs up for a producer's portal on their own: it waits for the trade department.
  const visitor = await browser.newPage();
  const signup = `dang-ky-${RUN}@example.vn`;
  await visitor.goto("/producer/register");
  await visitor.getByLabel("Tên", { exact: true }).fill("Lò Văn Thử");
  await visitor.getByLabel("Email").fill(signup);
  await visitor.getByLabel("Mật khẩu").fill(`Mat-khau-thu-${RUN}-OCOP`);
  await visitor.getByLabel("Chủ thể của bạn").selectOption({ label: "Hợp tác xã Chè Hảo Đạt" });
  await visitor.getByRole("button", { name: "Đăng ký" }).click();
  await expect(visitor).toHaveURL(/\/producer$/);
  await visitor.close();

  await staffLogInAt(page, "/staff/producers");
  await page.getByRole("button", { name: `Duyệt tài khoản ${signup}` }).click();
  await expect(page.getByRole("status")).toHaveText("Đã duyệt tài khoản; người đăng ký đã được báo qua email.");
  await expect(page.getByRole("table", { name: "Tài khoản đang dùng" }).getByRole("row").filter({ hasText: signup })).toContainText("Đang hoạt động");

  const invite = page.getByRole("form", { name: "Mời người dùng cổng chủ thể" });
  const email = `moi-${RUN}@example.vn`;
  await invite.getByLabel("Chủ thể OCOP").selectOption({ label: "Hợp tác xã Chè Hảo Đạt" });
  await invite.getByLabel("Email").fill("khong-phai-email");
  await invite.getByLabel("Email").evaluate((input: HTMLInputElement) => input.setAttribute("type", "text"));
  await invite.getByLabel("Tên người được mời").fill("Hà Thị Thử");
  await invite.getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByRole("alert")).toHaveText("Email: phải là một địa chỉ email, ví dụ lan@example.vn.");
  await page.getByRole("form", { name: "Mời người dùng cổng chủ thể" }).getByLabel("Email").fill(email);
  await page.getByRole("form", { name: "Mời người dùng cổng chủ thể" }).getByRole("button", { name: "Gửi lời mời" }).click();
  await expect(page.getByRole("status")).toHaveText(`Đã gửi lời mời tới ${email} (hiệu lực 14 ngày).`);
  const first = await page.locator(".invite-link code").textContent();
  expect(first).toMatch(/\/producer\/register\?invite=/);

  await page.getByRole("button", { name: `Gửi lại lời mời tới ${email}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Đã gửi lại lời mời tới ${email}; đường dẫn cũ không còn dùng được.`);
  await expect(page.locator(".invite-link code")).not.toHaveText(first ?? "");

  await page.getByRole("button", { name: `Huỷ lời mời gửi ${email}` }).click();
  await expect(page.getByRole("status")).toHaveText("Đã huỷ lời mời; đường dẫn không còn dùng được.");
  await expect(page.getByRole("table", { name: "Lời mời chưa được nhận" }).getByText(email)).toHaveCount(0);
});

test("certificates: found by producer or decision number with their history, revoked after a reason and a confirmation", async ({ page }) => {
  // A draft product with an OCOP record and no certificate, so the seed's certificates stay as they are.
  const staff = await token("user", STAFF.email);
  const handle = `e2e-thu-hoi-${RUN}`;
  const { product } = await api("/admin/products", staff, { title: `Chè thử thu hồi ${RUN}`, handle, status: "draft", options: [{ title: "Quy cách", values: ["Gói"] }] });
  const { producers } = await api("/admin/ocop/producers", staff);
  const producer = producers.find((p: { legal_name: string }) => p.legal_name === "Hợp tác xã Chè Hảo Đạt");
  const { producers: listed } = await fetch(`${backendUrl}/store/ocop/producers`, { headers: { "x-publishable-api-key": process.env.TEST_PUBLISHABLE_KEY ?? "" } }).then((r) =>
    r.json(),
  );
  const place = listed.find((p: { id: string }) => p.id === producer.id).place.id;
  await api(`/admin/ocop/products/${product.id}`, staff, { product_set: "tea", producer_id: producer.id, place_id: place });

  await staffLogInAt(page, "/staff/certificates");
  const decision = `${Number.parseInt(RUN.slice(-4), 36) % 9000}/QĐ-UBND`;
  const issue = page.getByRole("form", { name: "Cấp giấy chứng nhận" });
  await issue.getByLabel("Sản phẩm", { exact: true }).selectOption({ label: `Chè thử thu hồi ${RUN}` });
  await issue.getByLabel("Hạng sao").selectOption("3");
  await issue.getByLabel("Điểm", { exact: true }).fill("66");
  await issue.getByLabel("Quyết định", { exact: true }).fill(decision);
  await issue.getByLabel("Ngày quyết định").fill("2026-10-20");
  await issue.getByLabel("Cơ quan công nhận").fill("UBND tỉnh Thái Nguyên");
  await issue.getByRole("button", { name: "Cấp" }).click();
  await expect(page.getByRole("status")).toContainText("Đã cấp giấy chứng nhận");

  // Found by its decision number: the product's history, with renew and revoke.
  await page.getByLabel("Sản phẩm, chủ thể hoặc số quyết định").fill(decision);
  await page.getByRole("button", { name: "Tìm" }).click();
  const history = page.getByRole("table", { name: new RegExp(`Chè thử thu hồi ${RUN}`) });
  await expect(history).toContainText("Hợp tác xã Chè Hảo Đạt");
  await expect(history.getByRole("row").filter({ hasText: decision })).toContainText("Còn hiệu lực");
  await history.getByRole("link", { name: `Thu hồi giấy chứng nhận theo quyết định ${decision}` }).click();

  // The confirm step: nothing happens without a reason and the tick.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thu hồi giấy chứng nhận OCOP");
  await expect(page.getByRole("definition").filter({ hasText: `Chè thử thu hồi ${RUN}` })).toBeVisible();
  const confirm = page.getByRole("form", { name: "Xác nhận thu hồi" });
  await confirm.evaluate((form: HTMLFormElement) => {
    form.noValidate = true;
  });
  await confirm.getByRole("button", { name: "Thu hồi giấy chứng nhận" }).click();
  await expect(page.getByRole("alert")).toHaveText("Lý do thu hồi: cần ít nhất 5 ký tự. Tôi xác nhận thu hồi giấy chứng nhận này: hãy đánh dấu ô xác nhận.");
  const reason = `Không duy trì điều kiện sản xuất (${RUN})`;
  await page.getByLabel("Lý do thu hồi").fill(reason);
  await page.getByRole("checkbox", { name: "Tôi xác nhận thu hồi giấy chứng nhận này" }).check();
  await page.getByRole("button", { name: "Thu hồi giấy chứng nhận" }).click();
  await expect(page.getByRole("status")).toContainText("Đã thu hồi");

  // Back on the search (by producer, accents aside), the history says so, and it can no longer be revoked.
  await page.getByLabel("Sản phẩm, chủ thể hoặc số quyết định").fill("che hao dat");
  await page.getByRole("button", { name: "Tìm" }).click();
  const after = page
    .getByRole("table", { name: new RegExp(`Chè thử thu hồi ${RUN}`) })
    .getByRole("row")
    .filter({ hasText: decision });
  await expect(after).toContainText("Đã bị thu hồi");
  await expect(after).toContainText(reason);
  await expect(after.getByRole("link", { name: /Thu hồi/ })).toHaveCount(0);
});

test("the livestream form's product picker filters by name and ticks without Ctrl", async ({ page }) => {
  await staffLogInAt(page, "/staff/livestreams/new");
  const picker = page.getByRole("group", { name: "Sản phẩm giới thiệu" });
  await picker.getByLabel("Lọc theo tên sản phẩm").fill("hao dat");
  await expect(picker.getByRole("checkbox", { name: "Chè tôm nõn Hảo Đạt" })).toBeVisible();
  await expect(picker.getByRole("checkbox", { name: "Miến dong Việt Cường" })).toBeHidden();
  await picker.getByRole("checkbox", { name: "Chè tôm nõn Hảo Đạt" }).check();
  await picker.getByRole("checkbox", { name: "Chè móc câu Hảo Đạt" }).check();
  await picker.getByLabel("Lọc theo tên sản phẩm").fill("khong co san pham nao");
  await expect(picker.getByText("Không có sản phẩm nào khớp.")).toBeVisible();
  await picker.getByLabel("Lọc theo tên sản phẩm").fill("");
  await expect(picker.getByRole("checkbox", { name: "Chè tôm nõn Hảo Đạt" })).toBeChecked();
  await expect(picker.getByRole("checkbox", { name: "Chè móc câu Hảo Đạt" })).toBeChecked();
  await expect(picker.getByRole("checkbox", { name: "Miến dong Việt Cường" })).not.toBeChecked();
});
