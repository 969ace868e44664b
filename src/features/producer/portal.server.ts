import type { ProducerRegisterBody } from "@ocop/core";
import type { AstroCookies } from "astro";
import { logInWithPassword, registerLogin, registerProducer } from "../../lib/medusa/auth.server.ts";
import type { Visitor } from "../security/attempts.ts";

/**
 * The producer's session: its token in its own httpOnly cookie, sent per
 * request by the typed client (lib/medusa/producer.server.ts). The guard in
 * src/middleware.ts reads it; logging in sets it, with a new token every time;
 * logging out (features/session/logout.server.ts) revokes and clears it.
 */
export const PRODUCER_COOKIE = "ocop_producer";

function keep(cookies: AstroCookies, token: string, secure: boolean) {
  cookies.set(PRODUCER_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 });
}

export async function producerLogIn(cookies: AstroCookies, email: string, password: string, secure: boolean, visitor: Visitor): Promise<boolean> {
  const token = await logInWithPassword("producer", email, password, visitor);
  if (token) keep(cookies, token, secure);
  return token !== null;
}

/**
 * Registers a login and its producer account (invited, or pending approval),
 * then logs in; returns the backend's refusal or null. An e-mail that already
 * has a login is not told apart: its registration token creates nothing, and
 * the visitor is logged in only with that login's own password ("login":
 * asked to log in otherwise, as the page says).
 */
export async function producerRegister(
  cookies: AstroCookies,
  input: ProducerRegisterBody & { email: string; password: string },
  secure: boolean,
  visitor: Visitor,
): Promise<string | "login" | null> {
  const { email, password, ...account } = input;
  const registration = await registerLogin("producer", email, password, visitor);
  if ("refused" in registration) return registration.refused;
  const clean = Object.fromEntries(Object.entries(account).filter(([, v]) => v !== undefined && v !== "")) as ProducerRegisterBody;
  const registered = await registerProducer(registration.token, clean, visitor);
  // 404: the token names no login, the backend's answer for a taken e-mail; any other refusal is the form's to show.
  if ("refused" in registered && registered.status !== 404) return registered.refused;
  const loggedIn = await producerLogIn(cookies, email, password, secure, visitor);
  return loggedIn || !("refused" in registered) ? null : "login";
}
