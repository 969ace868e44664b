import type { APIRoute } from "astro";
import { PUBLIC_SITE_URL } from "astro:env/server";
import { cacheControl } from "../../../../features/cache/cache-control.ts";
import { localePath, routeLocale, t } from "../../../../features/i18n/messages.ts";
import { buildIcs } from "../../../../features/livestreams/ics.ts";
import { livestreamTitle, PLATFORM_NAMES } from "../../../../features/livestreams/livestream.ts";
import { retrieveLivestream } from "../../../../features/livestreams/livestreams.server.ts";

/** GET /livestreams/:id/calendar.ics — the livestream as an iCalendar event, for "add to calendar". */
export const GET: APIRoute = async ({ params, rewrite }) => {
  const locale = routeLocale(params.lang);
  const livestream = locale ? await retrieveLivestream(params.id ?? "") : null;
  if (!locale || !livestream) return rewrite("/404");
  const platform = PLATFORM_NAMES[livestream.platform];
  const watch = new URL(localePath(locale, `/livestreams/${livestream.id}/go`), PUBLIC_SITE_URL).href;
  const ics = buildIcs({
    uid: `${livestream.id}@${new URL(PUBLIC_SITE_URL).hostname}`,
    stamp: livestream.updatedAt,
    start: livestream.startsAt,
    end: livestream.endsAt,
    summary: livestreamTitle(livestream, locale),
    description: [t(locale, "live.platform", { platform }), t(locale, "live.host", { host: livestream.host }), watch].join("\n"),
    location: platform,
    url: watch,
  });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${livestream.slug}.ics"`,
      "cache-control": cacheControl("catalogue"),
    },
  });
};
