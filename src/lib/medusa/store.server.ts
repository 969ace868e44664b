import { FetchError } from "@medusajs/js-sdk";
import type {
  SerialStanding,
  StoreCampaignResponse,
  StoreCampaignsResponse,
  StoreLivestreamClickResponse,
  StoreLivestreamsResponse,
  StoreOcopProduct,
  StoreOcopProductsQuery,
  StoreOcopProductsResponse,
  StoreOcopSearchQuery,
  StoreOcopSearchResponse,
  StoreOrderPaymentResponse,
  StorePlacesResponse,
  StoreProducerResponse,
  StoreProducersResponse,
  StoreShowroomsResponse,
  StoreSiteResponse,
  StoreTraceEpcisQuery,
  StoreTraceEpcisResponse,
  StoreTraceResolveQuery,
  StoreTraceResolveResponse,
  StoreTraceStandingQuery,
  StoreTraceStandingResponse,
} from "@ocop/core";
import type { Campaign } from "../../features/campaigns/campaigns.server.ts";
import type { Livestream } from "../../features/livestreams/livestream.ts";
import type { Place, Producer, ProducerSummary } from "../../features/ocop/ocop.ts";
import type { Visitor } from "../../features/security/attempts.ts";
import type { Showroom } from "../../features/showrooms/showroom.ts";
import { reshapePlace, reshapeProducer, reshapeProducerProfile } from "./reshape-ocop.ts";
import { reshapeCampaign, reshapeLivestream, reshapeShowroom } from "./reshape-trade.ts";
import { sdk } from "./sdk.server.ts";

/**
 * Our custom Store routes (backend/src/api/store), one verb each, typed by
 * their contract in @ocop/core: a change there breaks the code here that no
 * longer fits. Backend shapes become the storefront's own types here or in
 * the reshape files beside it; callers cache.
 */

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

/** The answer, or null when the backend says there is no such thing (404). */
async function orNull<T>(request: Promise<T>, statuses: readonly number[] = [404]): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined && statuses.includes(error.status)) return null;
    throw error;
  }
}

/** OCOP records of published products (every one, or those of the handles given). */
export async function listOcopProducts(query: StoreOcopProductsQuery = {}): Promise<StoreOcopProduct[]> {
  return (await sdk.client.fetch<StoreOcopProductsResponse>("/store/ocop/products", { query })).ocop_products;
}

/** Every producer's public summary, by legal name. */
export async function listProducers(): Promise<ProducerSummary[]> {
  return (await sdk.client.fetch<StoreProducersResponse>("/store/ocop/producers")).producers.map(reshapeProducer);
}

/** One producer's profile by handle, or null. */
export async function retrieveProducer(handle: string): Promise<Producer | null> {
  const found = await orNull(sdk.client.fetch<StoreProducerResponse>(`/store/ocop/producers/${path(handle)}`));
  return found && reshapeProducerProfile(found.producer);
}

/** Every commune with OCOP producers or products. */
export async function listPlaces(): Promise<Place[]> {
  return (await sdk.client.fetch<StorePlacesResponse>("/store/ocop/places")).places.map(reshapePlace);
}

/** A search of the product index (with facet counts and the producers the words name); throws when search is down. */
export function searchProducts(query: StoreOcopSearchQuery): Promise<StoreOcopSearchResponse> {
  return sdk.client.fetch<StoreOcopSearchResponse>("/store/ocop/search", { query });
}

/** What a scanned key names; null when nothing is registered under it (404) or the key is not one (400). */
export function resolveTraceKey(query: StoreTraceResolveQuery): Promise<StoreTraceResolveResponse | null> {
  return orNull(sdk.client.fetch<StoreTraceResolveResponse>("/store/trace/resolve", { query }), [404, 400]);
}

/** A unit's scans so far (read-only); null when the lot has no such serial. */
export async function retrieveStanding(query: StoreTraceStandingQuery): Promise<SerialStanding | null> {
  return (await sdk.client.fetch<StoreTraceStandingResponse>("/store/trace/standing", { query })).serial;
}

/** A lot's public EPCIS 2.0 document. */
export function retrieveLotEpcis(lotId: string, query: StoreTraceEpcisQuery = {}): Promise<StoreTraceEpcisResponse> {
  return sdk.client.fetch<StoreTraceEpcisResponse>(`/store/trace/lots/${path(lotId)}/epcis`, { query });
}

/** Every livestream sale, with its featured products. */
export async function listLivestreams(): Promise<Livestream[]> {
  return (await sdk.client.fetch<StoreLivestreamsResponse>("/store/livestreams")).livestreams.map(reshapeLivestream);
}

/**
 * Counts a followed "watch" link for the visitor (its address and User-Agent
 * forwarded, as a proxy does: the backend counts once per visitor, never a
 * bot); answers where it leads, or null for an unknown livestream.
 */
export async function countLivestreamClick(id: string, visitor: Visitor): Promise<string | null> {
  const headers = { "x-forwarded-for": visitor.address, ...(visitor.userAgent ? { "user-agent": visitor.userAgent } : {}) };
  const answer = await orNull(sdk.client.fetch<StoreLivestreamClickResponse>(`/store/livestreams/${path(id)}/clicks`, { method: "POST", headers }));
  return answer?.url ?? null;
}

/** Every showroom and point of sale, with the products each stocks. */
export async function listShowrooms(): Promise<Showroom[]> {
  return (await sdk.client.fetch<StoreShowroomsResponse>("/store/showrooms")).showrooms.map(reshapeShowroom);
}

/** Every campaign with a public page. */
export async function listCampaigns(): Promise<Campaign[]> {
  return (await sdk.client.fetch<StoreCampaignsResponse>("/store/ocop/campaigns")).campaigns.map(reshapeCampaign);
}

/** One campaign by slug, or null. */
export async function retrieveCampaign(slug: string): Promise<Campaign | null> {
  const found = await orNull(sdk.client.fetch<StoreCampaignResponse>(`/store/ocop/campaigns/${path(slug)}`));
  return found && reshapeCampaign(found.campaign);
}

/** How an order is paid and whether the money has arrived (for VietQR, the transfer's details); `access`: the order's proof or the customer's token (features/orders). */
export async function retrieveOrderPayment(orderId: string, access: Record<string, string>): Promise<StoreOrderPaymentResponse["payment"]> {
  return (await sdk.client.fetch<StoreOrderPaymentResponse>(`/store/ocop/orders/${path(orderId)}/payment`, { headers: access })).payment;
}

/** The shop's name and whether it runs on the demo seed. */
export async function retrieveSite(): Promise<{ name: string; demoData: boolean }> {
  const { site } = await sdk.client.fetch<StoreSiteResponse>("/store/site");
  return { name: site.name, demoData: site.demo_data };
}
