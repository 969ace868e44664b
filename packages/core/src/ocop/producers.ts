/** The kinds of OCOP producer (chủ thể OCOP) the program recognises. */
export const ENTITY_TYPES = ["cooperative", "cooperative_group", "enterprise", "household"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
