import type { Phase, Platform } from "../livestreams/rules.js";
import type { Instant } from "./wire.js";

/**
 * The trade department's livestreams (/admin/livestreams) and showrooms
 * (/admin/showrooms). Bodies match the zod schemas in
 * backend/src/api/admin/{livestreams,showrooms}/validators.ts (checked there).
 */

/** POST /admin/livestreams — a missing slug is made from the Vietnamese title. */
export type CreateLivestreamBody = {
  slug?: string;
  title_vi: string;
  title_en?: string | null;
  platform: Platform;
  url: string;
  host: string;
  /** ISO 8601 with its offset. */
  starts_at: string;
  ends_at: string;
  product_ids?: string[];
  replay_url?: string | null;
};
/** POST /admin/livestreams/:id — the given fields change. */
export type UpdateLivestreamBody = {
  slug?: string;
  title_vi?: string;
  title_en?: string | null;
  platform?: Platform;
  url?: string;
  host?: string;
  starts_at?: string;
  ends_at?: string;
  product_ids?: string[];
  replay_url?: string | null;
};

/** POST /admin/showrooms — a missing handle is made from the name. */
export type CreateShowroomBody = {
  handle?: string;
  name: string;
  name_en?: string | null;
  address: string;
  place_handle?: string | null;
  opening_hours: string;
  opening_hours_en?: string | null;
  phone?: string | null;
  lat?: number | null;
  lng?: number | null;
  product_ids?: string[];
};
/** POST /admin/showrooms/:id — the given fields change. */
export type UpdateShowroomBody = { [K in keyof CreateShowroomBody]?: CreateShowroomBody[K] };

export type LivestreamRecord = {
  id: string;
  slug: string;
  title_vi: string;
  title_en: string | null;
  platform: Platform;
  url: string;
  host: string;
  starts_at: Instant;
  ends_at: Instant;
  product_ids: string[];
  replay_url: string | null;
  click_count: number;
};
export type ShowroomRecord = {
  id: string;
  handle: string;
  name: string;
  name_en: string | null;
  address: string;
  place_handle: string | null;
  opening_hours: string;
  opening_hours_en: string | null;
  phone: string | null;
  lat: number | null;
  lng: number | null;
  product_ids: string[];
  sample: boolean;
};

/** GET /admin/livestreams — latest start first, each with its phase now. */
export type ListLivestreamsResponse = { livestreams: (LivestreamRecord & { phase: Phase })[] };
/** GET, POST (201 when new) /admin/livestreams[/:id] */
export type LivestreamResponse = { livestream: LivestreamRecord };
/** GET /admin/showrooms — by name. */
export type ListShowroomsResponse = { showrooms: ShowroomRecord[] };
/** GET, POST (201 when new) /admin/showrooms[/:id] */
export type ShowroomResponse = { showroom: ShowroomRecord };
/** DELETE /admin/livestreams/:id, /admin/showrooms/:id */
export type DeletedResponse = { id: string; object: "livestream" | "showroom"; deleted: true };
