import { expect, type Page } from "./csp-watch.ts";
import { STAFF } from "./demo.ts";

/** Opens a /staff page as a stranger, is sent to the login, logs in as the demo staff user and lands back on it. */
export async function staffLogInAt(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/staff\/login\?next=/);
  await page.getByLabel("Email").fill(STAFF.email);
  await page.getByLabel("Mật khẩu").fill(STAFF.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}
