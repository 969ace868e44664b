import type {
  BuyerOrderStatus,
  OrderStage,
  StoreCustomerOrdersResponse,
  StoreEmailVerificationResponse,
  StoreEmailVerificationSentResponse,
  StoreEmailVerifyResponse,
  StoreOrderStatusResponse,
  Wire,
} from "@ocop/core";
import { bearerFetch } from "../../lib/medusa/bearer.server.ts";
import { fieldProblems } from "../../lib/medusa/errors.ts";
import { sdk } from "../../lib/medusa/sdk.server.ts";
import type { Locale } from "../i18n/messages.ts";

/**
 * Where a buyer's orders stand and the proof of a customer's e-mail, from
 * the backend's buyer routes (backend/src/api/store/ocop: orders/:id/status,
 * customer/*, email-verification/confirm).
 */
export type OrderStatus = Wire<BuyerOrderStatus>;

/** One order's status, asked with the same access as the order itself (its proof, or the customer's token). */
export async function retrieveOrderStatus(orderId: string, access: Record<string, string>): Promise<OrderStatus> {
  return (await sdk.client.fetch<StoreOrderStatusResponse>(`/store/ocop/orders/${encodeURIComponent(orderId)}/status`, { headers: access })).status;
}

export type CustomerOrder = { id: string; number: number; createdAt: string; total: number; stage: OrderStage };

/** The logged-in customer's orders, newest first, each with its stage. */
export async function listCustomerOrders(token: string): Promise<CustomerOrder[]> {
  const { orders } = await bearerFetch<StoreCustomerOrdersResponse>(token, "/store/ocop/customer/orders");
  return orders.map((o) => ({ id: o.id, number: o.number, createdAt: o.created_at, total: o.total, stage: o.stage }));
}

/** Whether the customer proved their e-mail (until then guest orders stay out of the account). */
export async function retrieveEmailVerification(token: string): Promise<StoreEmailVerificationResponse> {
  return bearerFetch<StoreEmailVerificationResponse>(token, "/store/ocop/customer/email-verification");
}

/** Sends the customer a verification link that opens in `locale`. */
export async function sendEmailVerification(token: string, locale: Locale): Promise<void> {
  await bearerFetch<StoreEmailVerificationSentResponse>(token, "/store/ocop/customer/email-verification", { method: "POST", body: { locale } });
}

export type VerifyOutcome = { ok: true; email: string; attached: number } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Uses a verification link's token; a refused one says why (nothing changed on the backend). */
export async function confirmEmailVerification(token: string, linkToken: string): Promise<VerifyOutcome> {
  try {
    const answer = await bearerFetch<StoreEmailVerifyResponse>(token, "/store/ocop/email-verification/confirm", { method: "POST", body: { token: linkToken } });
    return { ok: true, email: answer.email, attached: answer.attached };
  } catch (error) {
    const problem = fieldProblems(error).find((p) => p.field === "token");
    if (!problem) {
      // The body's own check (an empty or overlong token) names the field without a reason: a link that is not valid.
      if (fieldProblems(error).length) return { ok: false, reason: "invalid" };
      throw error;
    }
    const reason = problem.params?.reason;
    return { ok: false, reason: reason === "expired" || reason === "used" ? reason : "invalid" };
  }
}
