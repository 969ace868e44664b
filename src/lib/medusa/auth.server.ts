import { FetchError } from "@medusajs/js-sdk";
import type { ProducerRegisterBody, ProducerRegisterResponse } from "@ocop/core";
import { sdk } from "./sdk.server.ts";

/**
 * Logins through Medusa's auth routes, for the three kinds of actor the
 * storefront serves. Each returns the token; the features keep it in their
 * own httpOnly cookie.
 */
export type Actor = "customer" | "producer" | "user";

const wrongCredentials = (error: unknown) => error instanceof FetchError && (error.status === 401 || error.status === 400);

/** A session token, or null for a wrong email or password. */
export async function logInWithPassword(actor: Actor, email: string, password: string): Promise<string | null> {
  try {
    return (await sdk.client.fetch<{ token: string }>(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })).token;
  } catch (error) {
    if (wrongCredentials(error)) return null;
    throw error;
  }
}

/** A registration token for a new login, or null when the email is taken (or refused). */
export async function registerLogin(actor: Actor, email: string, password: string): Promise<{ token: string } | { refused: string }> {
  try {
    return { token: (await sdk.client.fetch<{ token: string }>(`/auth/${actor}/emailpass/register`, { method: "POST", body: { email, password } })).token };
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined && error.status < 500) return { refused: error.message };
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
export async function registerProducer(registrationToken: string, body: ProducerRegisterBody): Promise<ProducerRegisterResponse | { refused: string }> {
  try {
    return await sdk.client.fetch<ProducerRegisterResponse>("/producer/register", { method: "POST", body, headers: { Authorization: `Bearer ${registrationToken}` } });
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined && error.status < 500) return { refused: error.message };
    throw error;
  }
}

/** Asks for a reset link. Medusa answers the same whether or not the email exists, so nobody can probe for accounts. */
export async function requestPasswordReset(actor: Actor, email: string): Promise<void> {
  await sdk.client.fetch(`/auth/${actor}/emailpass/reset-password`, { method: "POST", body: { identifier: email } }).catch(() => undefined);
}

/** Sets a new password with a reset link's token; false when the token is unknown or expired. */
export async function resetPassword(actor: Actor, resetToken: string, password: string): Promise<boolean> {
  try {
    await sdk.client.fetch(`/auth/${actor}/emailpass/update`, { method: "POST", body: { password }, headers: { Authorization: `Bearer ${resetToken}` } });
    return true;
  } catch (error) {
    if (wrongCredentials(error)) return false;
    throw error;
  }
}
