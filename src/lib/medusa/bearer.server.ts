import { MEDUSA_BACKEND_URL } from "astro:env/server";
import { FetchError } from "@medusajs/js-sdk";
import type { Wire } from "@ocop/core";
import { fieldProblemText } from "../../features/i18n/field-errors.ts";
import type { Locale } from "../../features/i18n/messages.ts";
import { fieldProblems } from "./errors.ts";
import { backendFetch } from "./sdk.server.ts";

/**
 * Calls as a logged-in person (producer, staff member, customer): the token is
 * sent per request and never kept by the shared SDK client. The typed clients
 * (producer.server.ts, admin.server.ts) are built on these two functions.
 */

/** The backend refused the token (401/403: expired, revoked, or an account that may no longer do this). src/middleware.ts ends the session. */
export class SessionRefused extends Error {
  constructor(cause: FetchError | Response) {
    super(`The backend refused this session (${cause.status}).`, { cause });
    this.name = "SessionRefused";
  }
}

const refused = (status: number | undefined) => status === 401 || status === 403;

type Query = Record<string, string | number | undefined>;
type Init = { method?: "GET" | "POST" | "DELETE"; body?: object; query?: Query };

/** A JSON call with the bearer token; `T` is the route's response type from @ocop/core, received as JSON. */
export async function bearerFetch<T>(token: string, path: string, init: Init = {}): Promise<Wire<T>> {
  try {
    return await backendFetch<Wire<T>>(path, {
      ...(init.method === undefined ? {} : { method: init.method }),
      ...(init.body === undefined ? {} : { body: init.body }),
      ...(init.query === undefined ? {} : { query: definedOnly(init.query) }),
      token,
    });
  } catch (error) {
    if (error instanceof FetchError && refused(error.status)) throw new SessionRefused(error);
    throw error;
  }
}

/** A file the backend makes (PDF, CSV), passed through privately with its type and name. */
export async function bearerFile(token: string, path: string, query: Query = {}): Promise<Response> {
  const url = new URL(path, MEDUSA_BACKEND_URL);
  for (const [key, value] of Object.entries(definedOnly(query))) url.searchParams.set(key, String(value));
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (refused(response.status)) throw new SessionRefused(response);
  const headers = new Headers({ "content-type": response.headers.get("content-type") ?? "application/octet-stream", "cache-control": "private, no-store" });
  const disposition = response.headers.get("content-disposition");
  if (disposition) headers.set("content-disposition", disposition);
  return new Response(response.body, { status: response.status, headers });
}

/**
 * What a refused change (a 4xx) says, for the form to show: each field's
 * problem in the person's language when the backend coded them (`fields`),
 * named by the form's own label (`labelOf`), else the backend's message.
 * Anything else is rethrown.
 */
export function refusal(error: unknown, locale: Locale, labelOf: (field: string) => string | undefined = () => undefined): string {
  if (!(error instanceof FetchError && error.status !== undefined && error.status >= 400 && error.status < 500)) throw error;
  const coded = fieldProblems(error).filter((p) => p.code !== "invalid");
  if (coded.length) return coded.map((p) => fieldProblemText(locale, p, labelOf(p.field))).join(" ");
  return error.message.replace(/^Invalid request: /, "");
}

function definedOnly(query: Query): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
}

/** The answer, or null when the backend has no such record (404) — for pages that then send the person back to the list. */
export async function unlessNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null;
    throw error;
  }
}
