import type { Locale } from "../i18n/messages.ts";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page for an answer given before or instead of a rendered one (a refused
 * request, a page that failed to render): a heading, a sentence and a link.
 * Plain HTML, no scripts or styles, so it passes any CSP and cannot fail itself.
 */
export function plainPage(page: {
  locale: Locale;
  status: number;
  title: string;
  message: string;
  link: { href: string; text: string };
  headers?: Record<string, string>;
}): Response {
  const { locale, status, title, message, link, headers } = page;
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, { status, headers: { "Cache-Control": "private, no-store", ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
