import { MEDUSA_ADMIN_URL, MEDUSA_BACKEND_URL } from "astro:env/server";
import type { MessageKey } from "../i18n/messages.ts";

/** The /staff menu: one entry per capability, in the order staff use them. */
export const STAFF_LINKS: readonly (readonly [string, MessageKey])[] = [
  ["/staff", "staff.home"],
  ["/staff/campaigns", "staff.campaigns"],
  ["/staff/dashboard", "staff.dashboard"],
  ["/staff/certificates", "staff.certificates"],
  ["/staff/reviews", "staffx.reviews"],
  ["/staff/transfers", "transfers.title"],
  ["/staff/producers", "staffx.producers"],
  ["/staff/livestreams", "staff.livestreams"],
  ["/staff/showrooms", "staff.showrooms"],
];

/** The Medusa Admin, served by the backend (MEDUSA_ADMIN_URL, else the backend's /app). */
export const ADMIN_URL = MEDUSA_ADMIN_URL ?? new URL("/app", MEDUSA_BACKEND_URL).href;
