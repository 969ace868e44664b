import type { AstroCookies } from "astro";
import { logInWithPassword } from "../../lib/medusa/auth.server.ts";
import type { Visitor } from "../security/attempts.ts";

/**
 * Trade-department staff on the storefront's /staff pages: Medusa admin users
 * (the same logins as the Medusa Admin), their token in an httpOnly cookie and
 * sent per request by the typed client (lib/medusa/admin.server.ts). The guard
 * in src/middleware.ts reads it; logging in sets it, with a new token every
 * time; logging out (features/session/logout.server.ts) revokes and clears it.
 */
export const STAFF_COOKIE = "ocop_staff";

export async function staffLogIn(cookies: AstroCookies, email: string, password: string, secure: boolean, visitor: Visitor): Promise<boolean> {
  const token = await logInWithPassword("user", email, password, visitor);
  if (token) cookies.set(STAFF_COOKIE, token, { path: "/", httpOnly: true, sameSite: "strict", secure, maxAge: 60 * 60 * 24 });
  return token !== null;
}
