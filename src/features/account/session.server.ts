import { FetchError } from "@medusajs/js-sdk";
import type { AstroCookies } from "astro";
import { logInWithPassword, registerLogin } from "../../lib/medusa/auth.server.ts";
import { SessionRefused } from "../../lib/medusa/bearer.server.ts";
import { sdk } from "../../lib/medusa/sdk.server.ts";
import type { Visitor } from "../security/attempts.ts";

/**
 * Customer sessions: Medusa's customer JWT in an httpOnly cookie, sent by the
 * storefront's server on the customer's behalf. The SDK client never stores
 * it, so one buyer's token cannot leak into another's request.
 */
export const SESSION_COOKIE = "ocop_session";

export type Customer = { id: string; email: string; firstName: string | null; lastName: string | null };

export function sessionToken(cookies: AstroCookies): string | undefined {
  return cookies.get(SESSION_COOKIE)?.value || undefined;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function keep(cookies: AstroCookies, token: string, secure: boolean) {
  // Medusa's tokens last a day by default; the cookie does not outlive it.
  cookies.set(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 });
}

export function logOut(cookies: AstroCookies) {
  cookies.delete(SESSION_COOKIE, { path: "/" });
}

/** Logs in; false for a wrong email or password. */
export async function logIn(cookies: AstroCookies, email: string, password: string, secure: boolean, visitor: Visitor): Promise<boolean> {
  const token = await logInWithPassword("customer", email, password, visitor);
  if (token) keep(cookies, token, secure);
  return token !== null;
}

/**
 * Registers a customer and logs them in. An e-mail that already has an
 * account is answered alike (the backend hands out a registration token that
 * creates nothing, so nothing of that account changes): the visitor is logged
 * in when the password is that account's, else asked to log in. False when
 * the visitor ends up not logged in: a failed attempt, for the limits.
 */
export async function register(
  cookies: AstroCookies,
  input: { email: string; password: string; firstName: string; lastName: string },
  secure: boolean,
  visitor: Visitor,
): Promise<boolean> {
  const registration = await registerLogin("customer", input.email, input.password, visitor);
  if ("token" in registration) {
    await sdk.store.customer.create({ email: input.email, first_name: input.firstName, last_name: input.lastName }, {}, bearer(registration.token)).catch((error: unknown) => {
      // A taken e-mail: its token cannot create a customer. Anything else is a real failure.
      if (!(error instanceof FetchError && error.status !== undefined && error.status < 500)) throw error;
    });
  }
  // The registration token only allows creating the customer: log in for a session token.
  return logIn(cookies, input.email, input.password, secure, visitor);
}

/** The customer a token belongs to; SessionRefused when the backend refuses it (the guard of /account then ends the session). */
export async function retrieveCustomer(token: string): Promise<Customer> {
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name" }, bearer(token));
    return { id: customer.id, email: customer.email, firstName: customer.first_name, lastName: customer.last_name };
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 403)) throw new SessionRefused(error);
    throw error;
  }
}

/** The logged-in customer, or null (no session, or an expired one, which is then forgotten). */
export async function currentCustomer(cookies: AstroCookies): Promise<Customer | null> {
  const value = sessionToken(cookies);
  if (!value) return null;
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name" }, bearer(value));
    return { id: customer.id, email: customer.email, firstName: customer.first_name, lastName: customer.last_name };
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      logOut(cookies);
      return null;
    }
    throw error;
  }
}

export type SavedAddress = { id: string; name: string; phone: string; street: string; ward: string; province: string };

export async function savedAddresses(cookies: AstroCookies): Promise<SavedAddress[]> {
  const value = sessionToken(cookies);
  if (!value) return [];
  const { addresses } = await sdk.store.customer.listAddress({ limit: 20 }, bearer(value));
  return addresses.map((a) => ({
    id: a.id,
    name: a.first_name ?? "",
    phone: a.phone ?? "",
    street: a.address_1 ?? "",
    ward: a.city ?? "",
    province: a.province ?? "",
  }));
}

export async function saveAddress(cookies: AstroCookies, address: Record<string, string>) {
  const value = sessionToken(cookies);
  if (!value) return;
  await sdk.store.customer.createAddress(address, {}, bearer(value));
}

/** Ties the cart to the customer, so the order shows in their history. */
export async function claimCart(cookies: AstroCookies, cartId: string) {
  const value = sessionToken(cookies);
  if (!value) return;
  await sdk.store.cart.transferCart(cartId, {}, bearer(value));
}
