import type { AdminBankTransferResponse, AdminBankTransfersResponse } from "@ocop/core";
import { bearerFetch } from "../../lib/medusa/bearer.server.ts";

/** Transfers that paid no order and wait for staff (GET /admin/bank-transfers). */
export const listOpenTransfers = (token: string) => bearerFetch<AdminBankTransfersResponse>(token, "/admin/bank-transfers");

/** Staff dealt with a transfer: it leaves the queue. */
export const markTransferHandled = (token: string, transferId: string) =>
  bearerFetch<AdminBankTransferResponse>(token, `/admin/bank-transfers/${encodeURIComponent(transferId)}/handled`, { method: "POST" });
