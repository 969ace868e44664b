import { type AppendEventBody, fromVietnamDateTimeLocal, type TraceQuantityInput, UNITS, type Unit } from "@ocop/core";
import type { MessageKey } from "../../i18n/messages.ts";
import { STEPS, stepOfBizStep } from "./steps.ts";

/** What the form refuses before the backend sees it, as the message to show. */
export type EventProblem = Extract<MessageKey, `lots.problem.${string}`>;

const unitOr = (value: string, fallback: Unit): Unit => (Object.hasOwn(UNITS, value) ? (value as Unit) : fallback);
/** A typed amount: "" is none; "12,5" and "12.5" are 12.5; anything else (or ≤ 0) is refused. */
const amountOf = (text: string): number | null | undefined => {
  if (text === "") return undefined;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) && value > 0 ? value : null;
};

/**
 * The guided step form read into an event. Only the fields of the chosen step
 * are read, so a value left in a field of another step is never sent. A
 * correction (corrects_event_id) must say what was wrong: buyers read it.
 */
export function lotEventBody(form: FormData): { body: AppendEventBody } | { problem: EventProblem } {
  const value = (name: string) => String(form.get(name) ?? "").trim();
  const step = stepOfBizStep(value("biz_step"));
  if (!step) return { problem: "lots.problem.step" };
  const { bizStep, fields } = STEPS[step];
  const body: AppendEventBody = { biz_step: bizStep, event_time: fromVietnamDateTimeLocal(value("event_time")), read_point: { name: value("where") || "—" } };
  const gln = value("gln").replace(/\s/g, "");
  if (gln) body.read_point.gln = gln;
  if (value("note")) body.note = { vi: value("note") };
  const corrects = value("corrects_event_id");
  if (corrects) {
    if (!body.note) return { problem: "lots.problem.reason" };
    body.corrects_event_id = corrects;
  }
  if (fields.includes("amount")) {
    const quantity = amountOf(value("quantity"));
    if (quantity === null) return { problem: "lots.problem.amount" };
    if (quantity !== undefined) Object.assign(body, { quantity, uom: unitOr(value("uom"), "KGM") });
  }
  if (fields.includes("inputs")) {
    const inputs = inputsOf(form);
    if (!inputs) return { problem: "lots.problem.inputs" };
    Object.assign(body, { type: "TransformationEvent", inputs });
  }
  if (step === "harvest") body.action = "ADD";
  if (step === "shipping") {
    body.disposition = "in_transit";
    if (value("destination")) body.biz_location = { name: value("destination") };
  }
  if (step === "receiving") body.disposition = "sellable_accessible";
  if (step === "quality") body.disposition = value("outcome") === "non_conformant" ? "non_conformant" : "conformant";
  return { body };
}

/** The processing step's input rows (repeated input_label / input_quantity / input_uom); null when a row is half filled or none is. */
function inputsOf(form: FormData): TraceQuantityInput[] | null {
  const all = (name: string) => form.getAll(name).map((v) => String(v).trim());
  const [labels, quantities, units] = [all("input_label"), all("input_quantity"), all("input_uom")];
  const inputs: TraceQuantityInput[] = [];
  for (let i = 0; i < Math.max(labels.length, quantities.length); i++) {
    const [label, typed] = [labels[i] ?? "", quantities[i] ?? ""];
    if (!label && !typed) continue;
    const quantity = amountOf(typed);
    if (!label || !quantity) return null;
    inputs.push({ material: "raw-material", label, quantity, uom: unitOr(units[i] ?? "", "KGM") });
  }
  return inputs.length ? inputs : null;
}
