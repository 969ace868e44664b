import { passwordProblem } from "@ocop/core";

/** What a registration or reset form says of a new password the policy refuses (`@ocop/core`), or null. */
export function passwordRefusal(password: string): "account.weakPassword" | "account.commonPassword" | null {
  const problem = passwordProblem(password);
  return problem === "too_short" ? "account.weakPassword" : problem === "common" ? "account.commonPassword" : null;
}
