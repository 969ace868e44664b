import { formatNumber } from "../i18n/format.ts";
import { type Locale, type MessageKey, t } from "../i18n/messages.ts";
import { plainPage } from "../site/plain-page.ts";
import type { BodyProblem } from "./body.server.ts";

/** What a refused request is told: its status and, in the user's language, its title and sentence. */
const REFUSALS: Record<BodyProblem, { status: 400 | 413; title: MessageKey; body: MessageKey }> = {
  tooLarge: { status: 413, title: "request.tooLargeTitle", body: "request.tooLarge" },
  notAForm: { status: 400, title: "request.badTitle", body: "request.malformed" },
  malformed: { status: 400, title: "request.badTitle", body: "request.malformed" },
  nul: { status: 400, title: "request.badTitle", body: "request.nul" },
};

/**
 * The answer to a request refused before any page ran (src/middleware.ts): a
 * page (or JSON, for /api/ routes) saying what was wrong and what to do.
 */
export function refusal(problem: BodyProblem, context: { locale: Locale; back: string; limit: number; api: boolean }): Response {
  const { locale, back, limit, api } = context;
  const { status, title, body } = REFUSALS[problem];
  const message = t(locale, body, { size: formatNumber(Math.floor(limit / 1024), locale) });
  const headers: Record<string, string> = { "Cache-Control": "private, no-store" };
  if (api) return Response.json({ type: problem === "tooLarge" ? "payload_too_large" : "invalid_data", message }, { status, headers });
  return plainPage({ locale, status, title: t(locale, title), message, link: { href: back, text: t(locale, "request.back") }, headers });
}
