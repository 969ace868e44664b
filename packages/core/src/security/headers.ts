/**
 * Headers every answer carries, storefront and backend alike: nothing may
 * frame our pages (clickjacking of the login and cart forms), browsers must
 * not guess a type other than the one sent, other sites learn only our origin
 * from a link, and the powerful browser features the pages never use stay
 * off. HSTS only when the public site is served over https, since browsers
 * would then refuse plain http for a year.
 *
 * The content security policy here holds only what a `<meta>` policy cannot
 * carry (`frame-ancestors`); the scripts and styles part is for the pages to
 * state, with hashes, once they do.
 */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Stripe's Payment Element may offer Apple Pay / Google Pay through the Payment Request API.
    "Permissions-Policy": 'camera=(), microphone=(), geolocation=(), usb=(), payment=(self "https://js.stripe.com")',
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}
