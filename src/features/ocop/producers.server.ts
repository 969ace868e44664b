import * as store from "../../lib/medusa/store.server.ts";
import type { Producer } from "./ocop.ts";

export type { Producer };

/** One producer by handle, or null when there is none. */
export function retrieveProducer(handle: string): Promise<Producer | null> {
  return store.retrieveProducer(handle);
}

/** Handles of every producer, for the sitemap. */
export async function listProducerHandles(): Promise<string[]> {
  return (await store.listProducers()).map((p) => p.handle);
}

/** Every producer's handle and legal name (the portal's "join a producer" list). */
export async function listProducerNames(): Promise<{ handle: string; legalName: string }[]> {
  const producers = await store.listProducers();
  return producers.map((p) => ({ handle: p.handle, legalName: p.legalName })).sort((a, b) => a.legalName.localeCompare(b.legalName, "vi"));
}

/** Every place (commune) with OCOP producers or products, for filters' labels. */
export async function listPlaces(): Promise<{ handle: string; commune: string }[]> {
  return (await store.listPlaces()).map(({ handle, commune }) => ({ handle, commune }));
}
