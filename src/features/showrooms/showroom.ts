import type { Locale } from "../i18n/messages.ts";
import type { FeaturedProduct } from "../livestreams/livestream.ts";

/** A showroom or point of sale, in the storefront's shape. */
export type Showroom = {
  id: string;
  handle: string;
  name: { vi: string; en: string | null };
  address: string;
  placeHandle: string | null;
  openingHours: { vi: string; en: string | null };
  phone: string | null;
  geo: { lat: number; lng: number } | null;
  products: FeaturedProduct[];
  sample: boolean;
};

/** A text in the locale, Vietnamese when there is no English. */
export const inLocale = (text: { vi: string; en: string | null }, locale: Locale) => (locale === "en" ? text.en : null) ?? text.vi;

/**
 * A plain Google Maps search link (no API key, no script): at the coordinates
 * when known, else for the name and address.
 */
export function mapUrl(showroom: Pick<Showroom, "name" | "address" | "geo">): string {
  const query = showroom.geo ? `${showroom.geo.lat},${showroom.geo.lng}` : `${showroom.name.vi}, ${showroom.address}`;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/** The showrooms stocking a product. */
export function stocking(showrooms: readonly Showroom[], productId: string): Showroom[] {
  return showrooms.filter((s) => s.products.some((p) => p.id === productId));
}

/** A tel: link for a phone number as people write it ("0208 3855 555"). */
export const telUrl = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, "")}`;

/** Showrooms with the widest choice first (the provincial showroom leads), then by name. */
export function byChoice(showrooms: readonly Showroom[]): Showroom[] {
  return [...showrooms].sort((a, b) => b.products.length - a.products.length || a.name.vi.localeCompare(b.name.vi, "vi"));
}
