import type { BizStep } from "@ocop/core";

/**
 * The steps the portal's guided form records, each showing only the fields
 * it needs. The step is chosen first (a link, `?step=harvest`), so the form
 * works without JavaScript; its EPCIS terms stay out of the producer's sight.
 */
export const GUIDED_STEPS = ["harvest", "processing", "quality", "packing", "shipping", "receiving"] as const;
export type GuidedStep = (typeof GUIDED_STEPS)[number];

/** The extra fields a step shows, besides when, where, its GLN and a note. */
export type StepField = "amount" | "inputs" | "outcome" | "destination";

export const STEPS: Record<GuidedStep, { bizStep: BizStep; fields: readonly StepField[] }> = {
  harvest: { bizStep: "ocop:harvesting", fields: ["amount"] },
  processing: { bizStep: "ocop:processing", fields: ["inputs"] },
  quality: { bizStep: "inspecting", fields: ["outcome"] },
  packing: { bizStep: "packing", fields: ["amount"] },
  shipping: { bizStep: "shipping", fields: ["destination", "amount"] },
  receiving: { bizStep: "receiving", fields: ["amount"] },
};

/** The guided step a `?step=` names, or null. */
export function guidedStep(value: string | null | undefined): GuidedStep | null {
  return GUIDED_STEPS.find((step) => step === value) ?? null;
}

/** The guided step that records a business step, or null for one the form does not offer (e.g. commissioning). */
export function stepOfBizStep(bizStep: string): GuidedStep | null {
  return GUIDED_STEPS.find((step) => STEPS[step].bizStep === bizStep) ?? null;
}

/** How many input rows the processing step offers. */
export const INPUT_ROWS = 2;
