/**
 * Headers every answer carries, storefront and backend alike: nothing may
 * frame our pages (clickjacking of the login and cart forms), browsers must
 * not guess a type other than the one sent, other sites learn only our origin
 * from a link, and the powerful browser features the pages never use stay
 * off. HSTS only when the public site is served over https, since browsers
 * would then refuse plain http for a year.
 *
 * The content security policy here is the part every answer can carry
 * (`frame-ancestors`); a storefront page's full policy is Astro's (scripts and
 * styles by hash, see astro.config.mjs) completed by `pagePolicy`.
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

/** The policy an answer that is not a page gets: it may load nothing, run nothing and be framed by no one. */
export const NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * A page's content security policy: Astro's (its `script-src` and `style-src`
 * list the hashes of the page's inline scripts and styles, beside the directives
 * astro.config.mjs adds to every page) completed with what only the running
 * site knows or a `<meta>` policy could not carry: images from the backend's
 * address (product photos are served there) and no framing. A directive the
 * policy already has is left as it is, so completing twice changes nothing.
 * Without a policy from Astro the answer is not a page: `NOTHING_POLICY`.
 */
export function pagePolicy(astroPolicy: string | null, options: { imageOrigins: string[] }): string {
  if (!astroPolicy?.trim()) return NOTHING_POLICY;
  const directives = astroPolicy
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);
  const named = new Set(directives.map((part) => part.split(/\s+/)[0]?.toLowerCase()));
  const origins = [...new Set(options.imageOrigins.map((url) => new URL(url).origin))];
  const more: [string, string][] = [
    ["img-src", ["'self'", "data:", ...origins, "https://*.stripe.com"].join(" ")],
    ["frame-ancestors", "'none'"],
  ];
  for (const [name, value] of more) if (!named.has(name)) directives.push(`${name} ${value}`);
  return directives.join("; ");
}
