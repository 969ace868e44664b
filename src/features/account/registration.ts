import type { FieldProblem } from "@ocop/core";
import { fieldProblemText } from "../i18n/field-errors.ts";
import type { ShownProblem } from "../i18n/form-problems.ts";
import { type Locale, t } from "../i18n/messages.ts";
import { passwordRefusal } from "../security/passwords.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * What is wrong with a registration, field by field in the form's order, each
 * said with what to type instead (empty: it can go to the backend).
 */
export function registrationProblems(locale: Locale, input: { email: string; password: string; firstName: string }): ShownProblem[] {
  const shown: ShownProblem[] = [];
  const say = (field: string, id: string, label: string, problem: FieldProblem) => shown.push({ field, id, text: fieldProblemText(locale, problem, label) });
  if (input.firstName === "") say("first_name", "a-first", t(locale, "account.firstName"), { field: "first_name", code: "required" });
  if (!EMAIL.test(input.email)) {
    say(
      "email",
      "a-email",
      t(locale, "checkout.email"),
      input.email === "" ? { field: "email", code: "required" } : { field: "email", code: "invalid_format", params: { format: "email" } },
    );
  }
  const refusal = passwordRefusal(input.password);
  if (refusal) shown.push({ field: "password", id: "a-password", text: t(locale, refusal) });
  return shown;
}
