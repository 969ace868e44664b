import { fieldLabel, type Locale, t } from "../i18n/messages.ts";

/**
 * The label a portal form shows for a field the backend names: a variant's
 * price or stock ("variants.0.price_vnd") by the label beside its input,
 * anything else by `portal.<field>`.
 */
export function portalFieldLabel(locale: Locale, field: string): string | undefined {
  const variantField = /^variants\.\d+\.(price_vnd|stock)$/.exec(field)?.[1];
  if (variantField === "price_vnd") return t(locale, "portal.price");
  if (variantField === "stock") return t(locale, "portal.stock");
  return fieldLabel(locale, "portal", field);
}
