/**
 * Medusa payment provider ids ("pp_{provider}_{id}") of the three ways to pay.
 * The backend registers them (medusa-config, the store's region); the
 * storefront offers and explains them.
 */
export const PAYMENT_PROVIDER = {
  cod: "pp_cod_cod",
  vietqr: "pp_vietqr_vietqr",
  stripe: "pp_stripe_stripe",
} as const;
export type PaymentProviderId = (typeof PAYMENT_PROVIDER)[keyof typeof PAYMENT_PROVIDER];
/** In the order the checkout offers them. */
export const PAYMENT_PROVIDERS: readonly PaymentProviderId[] = [PAYMENT_PROVIDER.cod, PAYMENT_PROVIDER.vietqr, PAYMENT_PROVIDER.stripe];
