import type { AstroCookies } from "astro";
import { FetchError } from "@medusajs/js-sdk";
import { MEDUSA_BACKEND_URL } from "astro:env/server";
import { sdk } from "../../lib/medusa/sdk.server.ts";

/**
 * The producer portal's link to the backend's /producer API: the producer's
 * token lives in its own httpOnly cookie and is sent per request, never kept
 * by the shared SDK client.
 */
export const PRODUCER_COOKIE = "ocop_producer";

export function producerToken(cookies: AstroCookies): string | undefined {
  return cookies.get(PRODUCER_COOKIE)?.value || undefined;
}

export function forgetProducer(cookies: AstroCookies) {
  cookies.delete(PRODUCER_COOKIE, { path: "/" });
}

function keep(cookies: AstroCookies, token: string, secure: boolean) {
  cookies.set(PRODUCER_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 });
}

/** A call to the backend as the logged-in producer. Throws FetchError as the SDK does. */
export async function portalApi<T>(cookies: AstroCookies, path: string, init: { method?: string; body?: Record<string, unknown> } = {}): Promise<T> {
  const token = producerToken(cookies);
  return await sdk.client.fetch<T>(path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    ...(init.body === undefined ? {} : { body: init.body }),
    headers: { Authorization: `Bearer ${token ?? ""}` },
  });
}

/** A binary answer (label PDFs, QR images) as the producer, streamed through. */
export async function portalFile(cookies: AstroCookies, path: string): Promise<Response> {
  const response = await fetch(new URL(path, MEDUSA_BACKEND_URL), { headers: { authorization: `Bearer ${producerToken(cookies) ?? ""}` } });
  return new Response(response.body, { status: response.status, headers: { "content-type": response.headers.get("content-type") ?? "application/octet-stream", "cache-control": "private, no-store" } });
}

async function token(path: string, body: Record<string, unknown>): Promise<string> {
  return (await sdk.client.fetch<{ token: string }>(path, { method: "POST", body })).token;
}

export async function producerLogIn(cookies: AstroCookies, email: string, password: string, secure: boolean): Promise<boolean> {
  try {
    keep(cookies, await token("/auth/producer/emailpass", { email, password }), secure);
    return true;
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) return false;
    throw error;
  }
}

/** Registers a login and its producer account (invited, or pending approval); returns an error message or null. */
export async function producerRegister(
  cookies: AstroCookies,
  input: { email: string; password: string; first_name: string; last_name?: string; phone?: string; invite_token?: string; producer_handle?: string; message?: string },
  secure: boolean,
): Promise<string | null> {
  const { email, password, ...account } = input;
  let registration: string;
  try {
    registration = await token("/auth/producer/emailpass/register", { email, password });
  } catch (error) {
    if (error instanceof FetchError) return error.message;
    throw error;
  }
  try {
    const clean = Object.fromEntries(Object.entries(account).filter(([, v]) => v !== undefined && v !== ""));
    await sdk.client.fetch("/producer/register", { method: "POST", body: clean, headers: { Authorization: `Bearer ${registration}` } });
  } catch (error) {
    if (error instanceof FetchError) return error.message;
    throw error;
  }
  keep(cookies, await token("/auth/producer/emailpass", { email, password }), secure);
  return null;
}

export async function requestPasswordReset(email: string) {
  // Medusa answers the same whether or not the email exists, so nobody can probe for accounts.
  await sdk.client.fetch("/auth/producer/emailpass/reset-password", { method: "POST", body: { identifier: email } }).catch(() => undefined);
}

export async function resetPassword(resetToken: string, password: string): Promise<boolean> {
  try {
    await sdk.client.fetch("/auth/producer/emailpass/update", { method: "POST", body: { password }, headers: { Authorization: `Bearer ${resetToken}` } });
    return true;
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 400)) return false;
    throw error;
  }
}

/** The message of a refused change, for the form to show (the backend names the fields). */
export function refusal(error: unknown): string {
  const status = error instanceof FetchError ? (error.status ?? 500) : 500;
  if (status >= 400 && status < 500) return (error as Error).message.replace(/^Invalid request: /, "");
  throw error;
}
