import type { LotSerialsResponse } from "@ocop/core";
import { bearerFetch } from "./bearer.server.ts";

/** The lot journal's reads beyond producer.server.ts: a page of a lot's serials with their scan standing. */
export const listLotSerials = (token: string, lotId: string, page: { offset: number; limit: number }) =>
  bearerFetch<LotSerialsResponse>(token, `/producer/lots/${encodeURIComponent(lotId)}/serials`, { query: page });
