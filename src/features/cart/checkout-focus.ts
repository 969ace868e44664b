import { type ShownProblem, showProblems } from "../i18n/form-problems.ts";
import { type Locale, type MessageKey, t } from "../i18n/messages.ts";
import { ADDRESS_FIELDS, type AddressField, type AddressProblem } from "./address.ts";
import type { CheckoutStep } from "./checkout.server.ts";

const labels: Record<AddressField, MessageKey> = {
  email: "checkout.email",
  name: "checkout.name",
  phone: "checkout.phone",
  province: "checkout.province",
  ward: "checkout.ward",
  street: "checkout.street",
};

/** The contact step's problems as the page shows them, in the order of its fields (ids f-email, f-phone…). */
export function addressProblemsShown(locale: Locale, problems: AddressProblem[]): ShownProblem[] {
  return showProblems(
    locale,
    problems,
    ADDRESS_FIELDS.map((name) => ({ name, id: `f-${name}`, label: t(locale, labels[name]) })),
  );
}

/**
 * A step heading's attributes: focusable by script and link (tabindex -1),
 * and focused on load when it is the step to do now, so a keyboard or screen
 * reader user lands on the next step after each one, without JavaScript too.
 */
export function stepHeading(step: CheckoutStep, focused: CheckoutStep | null) {
  return { tabindex: -1, autofocus: step === focused ? true : undefined };
}
