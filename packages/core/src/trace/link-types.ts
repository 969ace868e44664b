/** The link types the resolver serves, as CURIEs of the GS1 Web Vocabulary; none asked for is the default link. */
export const LINK_TYPES = ["gs1:pip", "gs1:certificationInfo", "gs1:traceability"] as const;
export type LinkType = (typeof LINK_TYPES)[number];
