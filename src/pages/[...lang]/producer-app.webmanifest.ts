import type { APIRoute } from "astro";
import { localePath, routeLocale, t } from "../../features/i18n/messages.ts";
import { appManifest } from "../../features/producer/offline/manifest.ts";

/** GET /producer-app.webmanifest (and /en/…) — the producer portal as an app on the phone's home screen. */
export const GET: APIRoute = ({ params }) => {
  const locale = routeLocale(params.lang);
  if (!locale) return new Response(null, { status: 404 });
  const manifest = appManifest({
    name: t(locale, "offline.appName"),
    shortName: t(locale, "offline.appShort"),
    lang: locale,
    scope: localePath(locale, "/producer/"),
    start: localePath(locale, "/producer/lots"),
  });
  return new Response(JSON.stringify(manifest), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
};
