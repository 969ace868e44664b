import type {
  AppendEventBody,
  CreateLotBody,
  CreateLotResponse,
  LabelsQuery,
  NewProducerProductBody,
  ProducerConfirmPaymentResponse,
  ProducerDashboardResponse,
  ProducerImageBody,
  ProducerImageResponse,
  ProducerMeResponse,
  ProducerMeUpdateResponse,
  ProducerOrdersResponse,
  ProducerProductBody,
  ProducerProductCreateResponse,
  ProducerProductResponse,
  ProducerProductsResponse,
  ProducerProductUpdateResponse,
  ProducerProfileBody,
  ProducerShipBody,
  ProducerShipResponse,
  TraceEventResponse,
  TraceLotResponse,
  TraceLotsResponse,
  TraceSerialsResponse,
} from "@ocop/core";
import { bearerFetch, bearerFile } from "./bearer.server.ts";

/** The producer portal's API (/producer/*), called with the producer's token. Types: @ocop/core routes/producer.ts. */

const id = (value: string) => encodeURIComponent(value);

export const retrieveProducerMe = (token: string) => bearerFetch<ProducerMeResponse>(token, "/producer/me");
export const updateProducerProfile = (token: string, body: ProducerProfileBody) => bearerFetch<ProducerMeUpdateResponse>(token, "/producer/me", { body });
export const retrieveProducerDashboard = (token: string) => bearerFetch<ProducerDashboardResponse>(token, "/producer/dashboard");

export const listProducerProducts = (token: string) => bearerFetch<ProducerProductsResponse>(token, "/producer/products");
export const retrieveProducerProduct = (token: string, productId: string) => bearerFetch<ProducerProductResponse>(token, `/producer/products/${id(productId)}`);
export const createProducerProduct = (token: string, body: NewProducerProductBody) => bearerFetch<ProducerProductCreateResponse>(token, "/producer/products", { body });
export const updateProducerProduct = (token: string, productId: string, body: ProducerProductBody) =>
  bearerFetch<ProducerProductUpdateResponse>(token, `/producer/products/${id(productId)}`, { body });
export const addProducerProductImage = (token: string, productId: string, body: ProducerImageBody) =>
  bearerFetch<ProducerImageResponse>(token, `/producer/products/${id(productId)}/images`, { body });

export const listProducerOrders = (token: string) => bearerFetch<ProducerOrdersResponse>(token, "/producer/orders");
export const shipProducerOrder = (token: string, orderId: string, body: ProducerShipBody) =>
  bearerFetch<ProducerShipResponse>(token, `/producer/orders/${id(orderId)}/ship`, { body });
export const confirmProducerPayment = (token: string, orderId: string) =>
  bearerFetch<ProducerConfirmPaymentResponse>(token, `/producer/orders/${id(orderId)}/confirm-payment`, { body: {} });

export const listProducerLots = (token: string) => bearerFetch<TraceLotsResponse>(token, "/producer/lots");
export const createProducerLot = (token: string, body: CreateLotBody) => bearerFetch<CreateLotResponse>(token, "/producer/lots", { body });
export const retrieveProducerLot = (token: string, lotId: string) => bearerFetch<TraceLotResponse>(token, `/producer/lots/${id(lotId)}`);
export const createTraceEvent = (token: string, lotId: string, body: AppendEventBody) => bearerFetch<TraceEventResponse>(token, `/producer/lots/${id(lotId)}/events`, { body });
export const generateLotSerials = (token: string, lotId: string, count: number) =>
  bearerFetch<TraceSerialsResponse>(token, `/producer/lots/${id(lotId)}/serials`, { body: { count } });
/** The lot's labels (PDF): the A4 sheet or the thermal roll. */
export const retrieveLotLabels = (token: string, lotId: string, query: LabelsQuery) => bearerFile(token, `/producer/lots/${id(lotId)}/labels`, query);
