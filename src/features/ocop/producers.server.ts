import { FetchError } from "@medusajs/js-sdk";
import { type RawPlace, type RawProducer, reshapeProducer } from "../../lib/medusa/reshape-ocop.ts";
import { sdk } from "../../lib/medusa/sdk.server.ts";
import type { ProducerSummary } from "./ocop.ts";

/** A producer's public profile. */
export type Producer = ProducerSummary & {
  circularGreen: boolean;
  modernChannels: boolean;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  story: { vi: string | null; en: string | null };
  productHandles: string[];
};

type RawProfile = RawProducer & {
  circular_green: boolean;
  modern_channels: boolean;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  story_vi: string | null;
  story_en: string | null;
  place?: RawPlace | null;
  product_handles: string[];
};

/** One producer by handle, or null when there is none. */
export async function retrieveProducer(handle: string): Promise<Producer | null> {
  try {
    const { producer } = await sdk.client.fetch<{ producer: RawProfile }>(`/store/ocop/producers/${encodeURIComponent(handle)}`);
    return {
      ...reshapeProducer(producer),
      circularGreen: producer.circular_green,
      modernChannels: producer.modern_channels,
      address: producer.address,
      phone: producer.phone,
      email: producer.email,
      website: producer.website,
      story: { vi: producer.story_vi, en: producer.story_en },
      productHandles: producer.product_handles,
    };
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null;
    throw error;
  }
}

/** Handles of every producer, for the sitemap. */
export async function listProducerHandles(): Promise<string[]> {
  const { producers } = await sdk.client.fetch<{ producers: { handle: string }[] }>("/store/ocop/producers");
  return producers.map((p) => p.handle);
}

/** Every producer's handle and legal name (the portal's "join a producer" list). */
export async function listProducerNames(): Promise<{ handle: string; legalName: string }[]> {
  const { producers } = await sdk.client.fetch<{ producers: { handle: string; legal_name: string }[] }>("/store/ocop/producers");
  return producers.map((p) => ({ handle: p.handle, legalName: p.legal_name })).sort((a, b) => a.legalName.localeCompare(b.legalName, "vi"));
}

/** Every place (commune) with OCOP producers or products, for filters' labels. */
export async function listPlaces(): Promise<{ handle: string; commune: string }[]> {
  const { places } = await sdk.client.fetch<{ places: { handle: string; commune: string }[] }>("/store/ocop/places");
  return places;
}
