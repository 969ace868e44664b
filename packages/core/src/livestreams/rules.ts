/**
 * Livestream rules shared by the backend and the storefront (which imports
 * this file): platforms and their hosts, the live window, what a "watch" link
 * opens, and the checks that need more than one field.
 */
import type { Problem } from "../errors.js";

export const PLATFORMS = ["facebook", "tiktok", "youtube", "zalo", "shopee"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Domains a stream on each platform lives on (subdomains included: www., m., live., vm.…). */
export const PLATFORM_DOMAINS: Record<Platform, readonly string[]> = {
  facebook: ["facebook.com", "fb.watch", "fb.com"],
  tiktok: ["tiktok.com"],
  youtube: ["youtube.com", "youtu.be"],
  zalo: ["zalo.me", "zalo.vn"],
  shopee: ["shopee.vn", "shp.ee"],
};

/** True when `url` is an https URL on one of the platform's domains. */
export function isPlatformUrl(platform: Platform, url: string): boolean {
  if (!isHttpsUrl(url)) return false;
  const host = new URL(url).hostname.toLowerCase();
  return PLATFORM_DOMAINS[platform].some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export type Phase = "upcoming" | "live" | "ended";
type Window = { starts_at: Date | string; ends_at: Date | string };

const ms = (value: Date | string) => new Date(value).getTime();

/** Where a livestream stands at `now`: live from its start (inclusive) to its end (exclusive). */
export function phaseAt(window: Window, now: Date): Phase {
  const t = now.getTime();
  if (t < ms(window.starts_at)) return "upcoming";
  return t < ms(window.ends_at) ? "live" : "ended";
}

/** The next start or end after `now` among the windows (when a page showing them changes), or null. */
export function nextEdgeAfter(windows: readonly Window[], now: Date): Date | null {
  const t = now.getTime();
  const edges = windows.flatMap((w) => [ms(w.starts_at), ms(w.ends_at)]).filter((edge) => edge > t);
  return edges.length ? new Date(Math.min(...edges)) : null;
}

/** What "watch" opens: the replay once the stream has ended and has one, else the stream's page. */
export function watchTarget(stream: Window & { url: string; replay_url: string | null }, now: Date): string {
  return phaseAt(stream, now) === "ended" && stream.replay_url ? stream.replay_url : stream.url;
}

/** A slug from a title: Vietnamese letters folded to ASCII (đ → d), words joined by dashes. */
export function slugify(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

export type LivestreamFields = Window & { platform: Platform; url: string; replay_url?: string | null };

/** A problem with one field of a request, said so a person can fix it, with its code for a 400's `fields`. */
export type LivestreamProblem = Problem;

/** Problems that need more than one field's shape, each naming its field. */
export function livestreamProblems(input: LivestreamFields): LivestreamProblem[] {
  const problems: LivestreamProblem[] = [];
  if (ms(input.ends_at) <= ms(input.starts_at)) problems.push({ field: "ends_at", code: "too_early", message: "must be after starts_at", params: { after: "starts_at" } });
  else if (ms(input.ends_at) - ms(input.starts_at) > MAX_HOURS * 3_600_000) {
    problems.push({ field: "ends_at", code: "too_long", message: `a livestream lasts at most ${MAX_HOURS} hours`, params: { max_hours: MAX_HOURS } });
  }
  if (!isPlatformUrl(input.platform, input.url)) {
    const domains = PLATFORM_DOMAINS[input.platform].join(", ");
    problems.push({ field: "url", code: "not_platform_url", message: `must be an https link on ${input.platform} (${domains})`, params: { platform: input.platform, domains } });
  }
  if (input.replay_url && !isHttpsUrl(input.replay_url)) problems.push({ field: "replay_url", code: "not_https", message: "must be an https link" });
  return problems;
}

const MAX_HOURS = 24;

/** True for an absolute https URL without credentials in it. */
export function isHttpsUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
