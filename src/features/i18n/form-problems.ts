import type { FieldProblem } from "@ocop/core";
import { fieldProblemText } from "./field-errors.ts";
import type { Locale } from "./messages.ts";

/** One problem as a form shows it: which field (its id on the page) and the sentence beside it. */
export type ShownProblem = { field: string; id: string; text: string };

/**
 * The problems of a form in the order its fields appear, each worded with the
 * field's label ("Số điện thoại: gồm 10 chữ số…"), one per field. The first
 * takes the focus; the summary links to each.
 */
export function showProblems(locale: Locale, problems: FieldProblem[], fields: readonly { name: string; id: string; label: string }[]): ShownProblem[] {
  return fields.flatMap(({ name, id, label }) => {
    const problem = problems.find((p) => p.field === name);
    return problem ? [{ field: name, id, text: fieldProblemText(locale, problem, label) }] : [];
  });
}

/** The attributes that tie a field to its message: aria-invalid, aria-describedby, autofocus on the first. */
export function invalidAttributes(shown: ShownProblem[], field: string, hint?: string) {
  const index = shown.findIndex((p) => p.field === field);
  const described = [index >= 0 ? `${shown[index]?.id}-error` : null, hint ?? null].filter(Boolean).join(" ");
  return {
    "aria-invalid": index >= 0 ? ("true" as const) : undefined,
    "aria-describedby": described || undefined,
    autofocus: index === 0 ? true : undefined,
  };
}
