import type { PortalOrder } from "@ocop/core";
import type { MessageKey } from "../../i18n/messages.ts";

/** Why nothing is collected on delivery: cash already collected, a cancelled order, or paid another way. */
export function nothingToCollect({ mode, state }: PortalOrder["payment"]): MessageKey {
  if (state === "collected") return "orders.nothing.collected";
  if (state === "canceled") return "orders.nothing.canceled";
  if (mode === "vietqr") return "orders.nothing.vietqr";
  if (mode === "card") return "orders.nothing.card";
  return "orders.nothing.unknown";
}
