import { type TraceEventRecord, vietnamDateTimeLocal, type Wire } from "@ocop/core";

/** What the guided form shows in its fields: each name's values in order (input rows repeat their names). */
export type FormValues = Record<string, string[]>;

/** What was posted, to show again beside a refusal so nothing typed is lost. */
export function postedValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = [...(values[name] ?? []), value];
  return values;
}

type RecordedEvent = Wire<TraceEventRecord>;

/** A recorded event as the form's fields, to start its correction from; the reason (note) is left for the producer to write. */
export function correctionValues(event: RecordedEvent): FormValues {
  const values: FormValues = { event_time: [vietnamDateTimeLocal(new Date(event.event_time))] };
  const set = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== "") values[name] = [String(value)];
  };
  set("where", event.read_point?.name === "—" ? "" : event.read_point?.name);
  set("gln", event.read_point?.gln);
  set("quantity", event.quantity);
  set("uom", event.uom);
  set("destination", event.biz_location?.name);
  set("outcome", event.disposition);
  const inputs = event.inputs ?? [];
  if (inputs.length) {
    values.input_label = inputs.map((i) => i.label ?? "");
    values.input_quantity = inputs.map((i) => String(i.quantity));
    values.input_uom = inputs.map((i) => i.uom);
  }
  return values;
}
