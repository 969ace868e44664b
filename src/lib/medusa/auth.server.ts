import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } from "astro:env/server";
import { FetchError } from "@medusajs/js-sdk";
import type { ProducerRegisterBody, ProducerRegisterResponse } from "@ocop/core";
import { TooManyAttempts, type Visitor } from "../../features/security/attempts.ts";
import { withFieldProblems } from "./errors.ts";
import { sdk } from "./sdk.server.ts";

/**
 * Logins through Medusa's auth routes, for the three kinds of actor the
 * storefront serves. Each returns the token; the features keep it in their
 * own httpOnly cookie. Every call names the visitor it is made for (address
 * and User-Agent, as a proxy does), so the backend's limits count the
 * visitor, not the storefront; a 429 from them is thrown as TooManyAttempts.
 */
export type Actor = "customer" | "producer" | "user";

const wrongCredentials = (error: unknown) => error instanceof FetchError && (error.status === 401 || error.status === 400);
const refusedBelow500 = (error: unknown) => error instanceof FetchError && error.status !== undefined && error.status < 500;

/** POSTs JSON to an auth route on the visitor's behalf; throws TooManyAttempts on a 429, the backend's FetchError on any other refusal. */
async function authPost<T>(path: string, visitor: Visitor, body: object, token?: string): Promise<T> {
  const response = await fetch(new URL(path, MEDUSA_BACKEND_URL), {
    method: "POST",
    headers: {
      accept: "application/json",
      "content-type": "application/json",
      "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY,
      "x-forwarded-for": visitor.address,
      ...(visitor.userAgent ? { "user-agent": visitor.userAgent } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (response.status === 429) throw new TooManyAttempts(Number(response.headers.get("retry-after")) || 60);
  if (!response.ok) throw await withFieldProblems(response);
  return (await response.json().catch(() => ({}))) as T;
}

/** A session token, or null for a wrong email or password. */
export async function logInWithPassword(actor: Actor, email: string, password: string, visitor: Visitor): Promise<string | null> {
  try {
    return (await authPost<{ token: string }>(`/auth/${actor}/emailpass`, visitor, { email, password })).token;
  } catch (error) {
    if (wrongCredentials(error)) return null;
    throw error;
  }
}

/**
 * A registration token for a new login, or the backend's refusal. An e-mail
 * that already has a login gets a token too (the backend does not tell), one
 * that can create nothing: the next step then refuses.
 */
export async function registerLogin(actor: Actor, email: string, password: string, visitor: Visitor): Promise<{ token: string } | { refused: string }> {
  try {
    return { token: (await authPost<{ token: string }>(`/auth/${actor}/emailpass/register`, visitor, { email, password })).token };
  } catch (error) {
    if (refusedBelow500(error)) return { refused: (error as FetchError).message };
    throw error;
  }
}

/**
 * Logs a token out on the backend (DELETE /auth/token): from then on every
 * route refuses it. A token the backend already refuses (401: expired or
 * revoked) has nothing left to end.
 */
export async function revokeToken(token: string): Promise<void> {
  try {
    await sdk.client.fetch("/auth/token", { method: "DELETE", headers: { Authorization: `Bearer ${token}` } });
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return;
    throw error;
  }
}

/** Ties a new producer login to its account (POST /producer/register, with the registration token). */
export async function registerProducer(
  registrationToken: string,
  body: ProducerRegisterBody,
  visitor: Visitor,
): Promise<ProducerRegisterResponse | { refused: string; status: number }> {
  try {
    return await authPost<ProducerRegisterResponse>("/producer/register", visitor, body, registrationToken);
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined && error.status < 500) return { refused: error.message, status: error.status };
    throw error;
  }
}

/** Asks for a reset link. Medusa answers the same whether or not the email exists, so nobody can probe for accounts. */
export async function requestPasswordReset(actor: Actor, email: string, visitor: Visitor): Promise<void> {
  try {
    await authPost(`/auth/${actor}/emailpass/reset-password`, visitor, { identifier: email });
  } catch (error) {
    if (error instanceof TooManyAttempts) throw error;
  }
}

/** Sets a new password with a reset link's token; false when the token is unknown or expired. */
export async function resetPassword(actor: Actor, resetToken: string, password: string, visitor: Visitor): Promise<boolean> {
  try {
    await authPost(`/auth/${actor}/emailpass/update`, visitor, { password }, resetToken);
    return true;
  } catch (error) {
    if (wrongCredentials(error)) return false;
    throw error;
  }
}
