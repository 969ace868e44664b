/**
 * The URIs printed in QR codes: GS1 Digital Links on the site's own domain for
 * products with a GTIN, our short codes for those without. The resolver in the
 * storefront answers exactly these paths.
 */
export type LinkableLot = { gtin: string | null; code: string; short_code: string }

const enc = (value: string) => encodeURIComponent(value)

/** /01/{gtin}/10/{lot} or /t/{short code}. */
export function lotPath(lot: LinkableLot): string {
  return lot.gtin ? `/01/${lot.gtin}/10/${enc(lot.code)}` : `/t/${lot.short_code}`
}

/** /01/{gtin}/10/{lot}/21/{serial} or /t/{short code}/{serial}. */
export function serialPath(lot: LinkableLot, serial: string): string {
  return lot.gtin ? `${lotPath(lot)}/21/${enc(serial)}` : `/t/${lot.short_code}/${enc(serial)}`
}

/** An absolute URI on the public site (PUBLIC_SITE_URL), as printed. */
export function siteUri(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, "")}${path}`
}

/**
 * Identifiers in EPCIS documents: GS1's canonical Digital Link domain for
 * GTINs (as EPCIS 2.0 asks), our own site's URIs for short codes.
 */
export function lotClassUri(siteUrl: string, lot: LinkableLot): string {
  return lot.gtin ? `https://id.gs1.org${lotPath(lot)}` : siteUri(siteUrl, lotPath(lot))
}

export function serialUri(siteUrl: string, lot: LinkableLot, serial: string): string {
  return lot.gtin ? `https://id.gs1.org/01/${lot.gtin}/21/${enc(serial)}` : siteUri(siteUrl, serialPath(lot, serial))
}
