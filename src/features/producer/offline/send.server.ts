import { eventIdOf, isUuid } from "@ocop/core";
import { refusal } from "../../../lib/medusa/bearer.server.ts";
import { createProducerLot, createTraceEvent } from "../../../lib/medusa/producer.server.ts";
import { fieldLabel, isMessageKey, type Locale, t } from "../../i18n/messages.ts";
import { newLotBody } from "../forms.ts";
import { lotEventBody } from "../lots/event-body.ts";

/**
 * One record a phone kept (capture.ts), sent with the form's own fields and
 * three of ours: what it is, the id the phone made, and its lot. The portal's
 * forms read it (forms.ts), so it is checked as a form posted online is; the
 * backend makes one record per id (a repeat answers with the first).
 */
export type Sent = { status: 201; body: { lot: string } } | { status: 400; body: { problem: string } };

export async function sendKept(form: FormData, token: string, locale: Locale): Promise<Sent> {
  const kind = String(form.get("offline_kind") ?? "");
  const id = String(form.get("offline_id") ?? "");
  const lot = String(form.get("offline_lot") ?? "");
  if ((kind !== "event" && kind !== "lot") || !isUuid(id) || (kind === "event" && !lot)) {
    return { status: 400, body: { problem: "offline_kind, offline_id (a uuid) and offline_lot are required" } };
  }
  // The field names the lot page's own refusals use (src/pages/[...lang]/producer/lots/[id]/index.astro).
  const labelOf = (field: string) => {
    const key = `lots.field.${field.split(".")[0]}`;
    return isMessageKey(key) ? t(locale, key) : fieldLabel(locale, "portal", field);
  };
  try {
    if (kind === "lot") {
      const { lot: made } = await createProducerLot(token, { ...newLotBody(form), client_id: id });
      return { status: 201, body: { lot: made.id } };
    }
    const event = lotEventBody(form);
    if ("problem" in event) return { status: 400, body: { problem: t(locale, event.problem) } };
    await createTraceEvent(token, lot, { ...event.body, event_id: eventIdOf(id) });
    return { status: 201, body: { lot } };
  } catch (error) {
    // A refusal (4xx) is the producer's to read; anything else is thrown, and the phone tries again later.
    return { status: 400, body: { problem: refusal(error, locale, labelOf) } };
  }
}
