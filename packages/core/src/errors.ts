/**
 * The one shape of a 400 from our routes: `message` for a person reading
 * English logs (kept as it always was), and `fields` for code, so a page can
 * say what is wrong in its user's language without parsing English.
 */
export type FieldProblem = {
  /** The input's name as sent ("phone", "events.0.event_time"); "" for the input as a whole. */
  field: string;
  /** A stable code: "required", "invalid_format", "too_small", "too_big", "invalid_value", "conflict", "not_found"… */
  code: string;
  /** What the message needs: limits, the allowed values, what was received. */
  params?: Record<string, string | number | boolean | null>;
};

export type InvalidDataBody = { type: "invalid_data"; message: string; fields?: FieldProblem[] };
