import { PUBLIC_SITE_URL } from "astro:env/server";
import { cacheControl, catalogueCacheControlUntil } from "../cache/cache-control.ts";
import { type Locale, localePath, t } from "../i18n/messages.ts";
import { clickWait } from "../security/attempts.server.ts";
import type { Visitor } from "../security/attempts.ts";
import { buildIcs } from "./ics.ts";
import { type Livestream, livestreamTitle, nextChange, PLATFORM_NAMES } from "./livestream.ts";
import { countWatchClick, listLivestreams, retrieveLivestream } from "./livestreams.server.ts";

/*
 * The livestream pages live at fixed paths (src/pages/livestreams/, src/pages/en/livestreams/)
 * rather than under [...lang]: there, /staff/livestreams would also match [...lang]/livestreams
 * (lang "staff") and Astro's route order picks that one. Both languages share these handlers.
 */

/** /livestreams: the list, its status, and caching that never outlives the next start or end. */
export async function livestreamsPage(now: Date): Promise<{ livestreams: Livestream[] | null; status: number; cacheControl: string }> {
  const livestreams = await listLivestreams().catch((error: unknown) => {
    console.error("Could not load livestreams:", error);
    return null;
  });
  if (!livestreams) return { livestreams, status: 503, cacheControl: cacheControl("private") };
  return { livestreams, status: 200, cacheControl: catalogueCacheControlUntil(nextChange(livestreams, now), now) };
}

/**
 * /livestreams/:id/go — counts the click in the backend (once per visitor per
 * window, never a bot's), then 302 to the livestream's stored URL (or its
 * replay). Never an open redirect: the target comes from the backend, nothing
 * from the request. A visitor past RATE_LIMIT_CLICKS_PER_MINUTE gets a 429
 * with the wait. Null: no such livestream.
 */
export async function watchRedirect(locale: Locale, id: string, visitor: Visitor): Promise<Response | null> {
  const wait = await clickWait(visitor);
  if (wait > 0) {
    const headers = { "content-type": "text/plain; charset=utf-8", "retry-after": String(wait), "cache-control": cacheControl("private") };
    return new Response(t(locale, "security.tooManyRequests", { seconds: wait }), { status: 429, headers });
  }
  const url = await countWatchClick(id, visitor);
  if (url === null) return null;
  return new Response(null, { status: 302, headers: { location: url, "cache-control": cacheControl("private") } });
}

/** /livestreams/:id/calendar.ics — the livestream as an iCalendar event. Null: no such livestream. */
export async function calendarFile(locale: Locale, id: string): Promise<Response | null> {
  const livestream = await retrieveLivestream(id);
  if (!livestream) return null;
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
}
