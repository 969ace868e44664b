import type { AstroCookies } from "astro";
import { revokeToken } from "../../lib/medusa/auth.server.ts";
import { CART_COOKIE } from "../cart/cart.server.ts";
import { forgetDeviceOrders } from "../orders/device.server.ts";
import type { Area } from "./areas.ts";
import { AREA_COOKIES } from "./guard.server.ts";

/**
 * Logging out of an area: the backend revokes the session's token first (so a
 * copy of the cookie is worth nothing anywhere), then the cookie goes. If the
 * backend cannot be reached the error stands and the cookie stays, so the
 * person can try again rather than leave a live token behind. A customer's
 * logout also forgets the device's cart and order confirmations, which hold
 * their address, for the next person on a shared device.
 */
export async function endSession(cookies: AstroCookies, area: Area): Promise<void> {
  const token = cookies.get(AREA_COOKIES[area])?.value;
  if (token) await revokeToken(token);
  cookies.delete(AREA_COOKIES[area], { path: "/" });
  if (area === "account") {
    cookies.delete(CART_COOKIE, { path: "/" });
    forgetDeviceOrders(cookies);
  }
}
