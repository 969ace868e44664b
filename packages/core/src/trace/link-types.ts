/** The link types we answer; `null` is the default (the trace or product page). */
export const LINK_TYPES = ["gs1:pip", "gs1:traceability", "gs1:certificationInfo", "all"] as const;
export type LinkType = (typeof LINK_TYPES)[number];
