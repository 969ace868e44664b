import type { MessageKey } from "../i18n/messages.ts";

/** The /staff menu: one entry per capability, in the order staff use them. */
export const STAFF_LINKS: readonly (readonly [string, MessageKey])[] = [
  ["/staff", "staff.home"],
  ["/staff/campaigns", "staff.campaigns"],
  ["/staff/dashboard", "staff.dashboard"],
  ["/staff/certificates", "staff.certificates"],
  ["/staff/livestreams", "staff.livestreams"],
  ["/staff/showrooms", "staff.showrooms"],
];
