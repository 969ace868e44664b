import type { FieldProblem } from "@ocop/core";
import { fieldProblemText } from "../i18n/field-errors.ts";
import { isMessageKey, type Locale, t } from "../i18n/messages.ts";

/** A column of the certificate import (or "csv", the file) as the clerk reads it: its name in their language and as written in the file. */
export function importColumnLabel(locale: Locale, field: string): string | undefined {
  const key = `import.col.${field}`;
  return isMessageKey(key) ? t(locale, key) : undefined;
}

/** One problem of an import row or file, in the clerk's language, naming its column. */
export function importProblemText(locale: Locale, problem: FieldProblem): string {
  return fieldProblemText(locale, problem, importColumnLabel(locale, problem.field));
}
