/**
 * The one shape of a 400 from our routes: `message` for a person reading
 * English logs (kept as it always was), and `fields` for code, so a page can
 * say what is wrong in its user's language without parsing English.
 */

/**
 * Every code a FieldProblem can carry, with the params it comes with. Adding a
 * code here makes the storefront's translations (src/features/i18n/field-errors.ts)
 * fail to type-check until both languages say it.
 */
export const FIELD_CODES = {
  // The shape of the input (zod validation).
  /** Missing. */
  required: [],
  /** Of the wrong kind: `expected` ("string", "number", "array"…). */
  invalid_type: ["expected", "received"],
  /** Text not in the expected form: `format` is "email", "url", "datetime", "date", "regex"… */
  invalid_format: ["format"],
  /** Below `minimum` (length for text and lists, value for numbers; `origin` says which). */
  too_small: ["minimum", "origin", "inclusive"],
  /** Above `maximum` (length for text and lists, value for numbers; `origin` says which). */
  too_big: ["maximum", "origin", "inclusive"],
  /** A number that is not a multiple of `divisor`. */
  not_multiple_of: ["divisor"],
  /** Not one of `allowed` (joined with ", "). */
  invalid_value: ["allowed", "received"],
  /** A field this input does not have. */
  unknown_field: [],
  /** Wrong in a way no code names yet: only the English `message` says how. */
  invalid: [],
  /** A password found at the top of leaked-password lists (packages/core/src/security/passwords.ts). */
  common_password: [],
  // What the input names does not exist.
  /** No product with this id. */
  unknown_product: ["id"],
  /** No commune with this id or handle (`id`: as sent). */
  unknown_place: ["id"],
  /** No producer with this id. */
  unknown_producer: ["id"],
  /** No OCOP product set with this code. */
  unknown_product_set: ["code"],
  /** Serials that are not the lot's (the first few, joined with ", "). */
  unknown_serial: ["serials"],
  /** An event id that is not an event of the lot. */
  unknown_event: ["id"],
  // Vietnamese addresses (packages/core/src/address/).
  /** Not one of the 34 provinces and cities (`received`: as sent). */
  unknown_province: ["received"],
  /** No commune, ward or special zone `commune` in `province` (`commune` may be empty). */
  commune_not_in_province: ["commune", "province"],
  // Dates and times.
  /** A date or time that must not be in the future. */
  in_future: [],
  /** Must come after the field (or value) `after`. */
  too_early: ["after"],
  /** Given without the field `other`, which must come with it (or both left out). */
  with_other: ["other"],
  /** Lasts longer than `max_hours`. */
  too_long: ["max_hours"],
  // OCOP certificates (packages/core/src/ocop/rules.ts).
  /** Only 3★–5★ are certified. */
  not_certifiable: ["stars"],
  /** The score earns `earned` stars, not the `stars` asked for. */
  score_mismatch: ["score", "stars", "earned"],
  /** `stars` on that date are certified at level `expected`. */
  issuer_level_mismatch: ["stars", "expected"],
  /** A certificate expires 36 months after its decision: on `expected`. */
  expiry_mismatch: ["expected"],
  /** The product already holds a valid certificate `id`: renew it instead. */
  has_valid_certificate: ["id"],
  /** The certificate `id` was revoked (on `date`). */
  certificate_revoked: ["id", "date"],
  /** The certificate `id` was replaced by `by`. */
  certificate_replaced: ["id", "by"],
  // Livestreams (packages/core/src/livestreams/rules.ts).
  /** Not an https link on `platform` (`domains` joined with ", "). */
  not_platform_url: ["platform", "domains"],
  /** Not an https link. */
  not_https: [],
  // Trace events (backend/src/modules/traceability/input.ts).
  /** Lot master data (ILMD) on an event other than ADD. */
  ilmd_not_on_add: [],
  /** Inputs or outputs on an event that is not a TransformationEvent. */
  only_on_transformation: [],
  /** An action on a TransformationEvent. */
  not_on_transformation: [],
  // GTIN ownership (backend/src/workflows/traceability/gtins.ts).
  /** The GTIN belongs to another product: `holder` (its title and producer). */
  gtin_held: ["holder"],
  /** The product's variant holds the GTIN `gtin`, not the one sent. */
  gtin_not_variants: ["gtin"],
  /** No one holds this GTIN yet: the trade department assigns GTINs. */
  gtin_unassigned: [],
  // Uploads (packages/core/src/uploads/).
  /** A file larger than `max_mb` megabytes. */
  file_too_large: ["max_mb"],
  /** Not a picture of the `allowed` types, by its bytes (whatever its name says), or one that does not decode. */
  not_image: ["allowed"],
  /** A picture of more than `max_megapixels` megapixels. */
  too_many_pixels: ["max_megapixels"],
  /** Not a whole PDF. */
  not_pdf: [],
  // Campaign pages and the producer review queue.
  /** No Medusa campaign with this id. */
  unknown_campaign: ["id"],
  /** The value (`value`) is already used by another record. */
  taken: ["value"],
  // Certificate import (backend/src/modules/ocop/certificate-import.ts): `field` is the column, or "csv" for the file.
  /** The product has no OCOP record yet (`id`: its handle). */
  no_ocop_record: ["id"],
  /** The same product on several rows (`lines` joined with ", "). */
  duplicate_in_file: ["lines"],
  /** The header lacks `columns` (joined with ", "); `expected` lists them all. */
  missing_columns: ["columns", "expected"],
  /** The header has columns no import takes. */
  unknown_columns: ["columns"],
  /** The product is named in several columns. */
  one_product_column: ["columns"],
  /** A header and no rows. */
  no_rows: [],
  /** More than `maximum` rows (`received`). */
  too_many_rows: ["maximum", "received"],
  /** The CSV cannot be read from line `line` on (quoting, a row with the wrong number of cells). */
  csv_unreadable: ["line"],
  // Bookings of tourism services (backend/src/modules/bookings).
  /** The service has `left` places on `date`, fewer than asked for (0: fully booked). */
  fully_booked: ["date", "left"],
  /** The service is paid another way (`allowed`: "vietqr" or "arrival"). */
  payment_not_offered: ["allowed"],
} as const satisfies Record<string, readonly string[]>;

export type FieldCode = keyof typeof FIELD_CODES;

export type FieldProblem = {
  /** The input's path as sent ("phone", "events.0.event_time"); "" for the input as a whole. */
  field: string;
  /** A stable code from FIELD_CODES. */
  code: FieldCode;
  /** What the message needs: limits, the allowed values, what was received. */
  params?: Record<string, string | number | boolean | null>;
};

/** A FieldProblem with its English sentence, as our rules produce them: the sentence goes to `message`, the rest to `fields`. */
export type Problem = FieldProblem & { message: string };

export type InvalidDataBody = { type: "invalid_data"; message: string; fields?: FieldProblem[] };

/** Whether `code` is one of ours (a body from another server may carry anything). */
export function isFieldCode(code: unknown): code is FieldCode {
  return typeof code === "string" && Object.hasOwn(FIELD_CODES, code);
}
