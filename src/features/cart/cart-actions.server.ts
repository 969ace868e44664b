import { vietnamDay, visitDateProblem } from "@ocop/core";
import type { AstroCookies } from "astro";
import { sessionToken } from "../account/session.server.ts";
import { dateMissing, fullyBooked } from "../bookings/refusals.ts";
import { addLine, applyPromotion, cartFailure, currentCart, ensureCart, removePromotion, setQuantity } from "./cart.server.ts";

/** A cart form's outcome: where to go next, with a message key when something was refused. */
export type CartOutcome = { notice?: "added" | "soldOut" | "notEnough" | "badQuantity" | "badDate" | "dateFull" | "failed" | "promoApplied" | "promoInvalid" };

const quantityOf = (value: FormDataEntryValue | null) => {
  const n = Number(value ?? "1");
  return Number.isInteger(n) && n >= 0 && n <= 99 ? n : null;
};

/** Today in Vietnam, YYYY-MM-DD. */
export function vietnamToday(now = new Date()): string {
  return vietnamDay(now);
}

/**
 * Handles POST /cart: `intent` add (variant_id, quantity, visit_date for a
 * booking), update (line_id, quantity; 0 removes) or remove (line_id). Bad
 * input changes nothing.
 */
export async function handleCartForm(form: FormData, cookies: AstroCookies, secure: boolean): Promise<CartOutcome> {
  const intent = String(form.get("intent") ?? "");
  try {
    if (intent === "add") {
      const variantId = String(form.get("variant_id") ?? "");
      const quantity = quantityOf(form.get("quantity"));
      if (!variantId || !quantity) return { notice: "badQuantity" };
      const visitDate = form.get("visit_date");
      if (visitDate !== null) {
        const date = String(visitDate);
        if (visitDateProblem(date, vietnamToday())) return { notice: "badDate" };
      }
      const cart = await ensureCart(cookies, secure, sessionToken(cookies));
      await addLine(cart, variantId, quantity, visitDate === null ? undefined : String(visitDate));
      return { notice: "added" };
    }
    if (intent === "update" || intent === "remove") {
      const cart = await currentCart(cookies);
      if (!cart) return {};
      const quantity = intent === "remove" ? 0 : quantityOf(form.get("quantity"));
      if (quantity === null) return { notice: "badQuantity" };
      await setQuantity(cart, String(form.get("line_id") ?? ""), quantity);
      return {};
    }
    if (intent === "promo" || intent === "promo-remove") {
      const cart = await currentCart(cookies);
      const code = String(form.get("code") ?? "")
        .trim()
        .toUpperCase();
      if (!cart || !/^[A-Z0-9_-]{2,40}$/.test(code)) return { notice: intent === "promo" ? "promoInvalid" : undefined };
      if (intent === "promo-remove") {
        await removePromotion(cart, code);
        return {};
      }
      return { notice: (await applyPromotion(cart, code)) ? "promoApplied" : "promoInvalid" };
    }
    return { notice: "failed" };
  } catch (error) {
    console.error("Cart change refused:", error);
    if (fullyBooked(error)) return { notice: "dateFull" };
    if (dateMissing(error)) return { notice: "badDate" };
    return { notice: cartFailure(error) };
  }
}
