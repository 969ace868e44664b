import { FetchError } from "@medusajs/js-sdk";
import { type FieldProblem, isFieldCode } from "@ocop/core";

/**
 * What a backend 400 says is wrong, field by field, as codes a page can put in
 * its user's language (src/features/i18n/field-errors.ts); empty when the error
 * carries none (another status, a network failure, a body without `fields`).
 *
 * The js-sdk's FetchError keeps only the body's `message` (js-sdk 2.21); the
 * `fields` of the body are read from the error or from its `cause`, wherever
 * the client that threw it put them (see `withFieldProblems`).
 */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof Error)) return [];
  if (error instanceof FetchError && error.status !== 400) return [];
  return readFieldProblems(error) ?? readFieldProblems(error.cause) ?? [];
}

/** A refusal from the backend with what its body says: Medusa's `type` and `code` (e.g. "insufficient_inventory") and our `fields`. */
export type BackendError = FetchError & { type?: string; code?: string; fields: FieldProblem[] };

/**
 * A FetchError as the js-sdk throws it for `response`, with the body's
 * `type`, `code` and `fields` kept on it: for a client that reads error
 * responses itself (`backendFetch` in sdk.server.ts).
 */
export async function withFieldProblems(response: Response): Promise<BackendError> {
  const body: unknown = await response.json().catch(() => ({}));
  const text = (key: string) => (typeof body === "object" && body !== null && key in body ? (body as Record<string, unknown>)[key] : undefined);
  const message = typeof text("message") === "string" ? String(text("message")) : response.statusText;
  const error = new FetchError(message, response.statusText, response.status);
  const type = text("type");
  const code = text("code");
  return Object.assign(error, {
    fields: readFieldProblems(body) ?? [],
    ...(typeof type === "string" ? { type } : {}),
    ...(typeof code === "string" ? { code } : {}),
  });
}

/** The `code` of a backend refusal read by `backendFetch` ("insufficient_inventory"…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof FetchError && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** The well-formed FieldProblems of `value.fields` (unknown codes left out), or undefined when it has none. */
function readFieldProblems(value: unknown): FieldProblem[] | undefined {
  if (typeof value !== "object" || value === null || !("fields" in value) || !Array.isArray(value.fields)) return undefined;
  const fields: unknown[] = value.fields;
  return fields.filter(isFieldProblem);
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== "object" || value === null) return false;
  const { field, code, params } = value as Record<string, unknown>;
  return typeof field === "string" && isFieldCode(code) && (params === undefined || (typeof params === "object" && params !== null));
}
