/** What the Store API tells about a producer: public profile only, no internal ids beyond its own. */
export const PRODUCER_FIELDS = [
  "id",
  "handle",
  "legal_name",
  "legal_name_en",
  "entity_type",
  "women_led",
  "ethnic_minority_led",
  "circular_green",
  "modern_channels",
  "address",
  "phone",
  "email",
  "website",
  "story_vi",
  "story_en",
  "place.*",
]
