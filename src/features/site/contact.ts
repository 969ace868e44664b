import { OPERATOR_ADDRESS, OPERATOR_EMAIL, OPERATOR_PHONE } from "astro:env/server";

export type OperatorContact = { email: string; phone: string; address: string; sample: boolean };

/**
 * Sample details for a shop whose operator has not set its own: obviously not
 * real (a reserved .example domain, a number of zeros) and shown as demo data.
 */
const SAMPLE: Omit<OperatorContact, "sample"> = {
  email: "lienhe@ocop-demo.example",
  phone: "0208 000 0000",
  address: "Tỉnh Thái Nguyên, Việt Nam",
};

/** How to reach the shop's operator: OPERATOR_EMAIL/PHONE/ADDRESS, or the sample when none is set. */
export function operatorContact(): OperatorContact {
  if (!OPERATOR_EMAIL && !OPERATOR_PHONE && !OPERATOR_ADDRESS) return { ...SAMPLE, sample: true };
  return { email: OPERATOR_EMAIL ?? "", phone: OPERATOR_PHONE ?? "", address: OPERATOR_ADDRESS ?? "", sample: false };
}
