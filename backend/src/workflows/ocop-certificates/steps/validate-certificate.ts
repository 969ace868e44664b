import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CertificateInput, certificateFieldProblems, expiryFor, type IssuerLevel, type Problem, vietnamDate } from "@ocop/core"
import { invalidData, toFieldProblem } from "../../../api/problems"

export type CertificateFields = Omit<CertificateInput, "decision_date" | "expires_at"> & {
  decision_date: string | Date
  expires_at?: string | Date | undefined
}

/** The fields as stored: dates parsed, expiry computed from the decision date. */
export type ValidCertificate = Omit<CertificateInput, "expires_at" | "issuer_level"> & {
  issuer_level: IssuerLevel
  expires_at: Date
}

/** Applies the OCOP rules; one 400 names every problem, and nothing is written. */
export const validateCertificateStep = createStep("validate-ocop-certificate", async (input: { fields: CertificateFields; extraProblems?: Problem[] }) => {
  const fields: CertificateInput = {
    ...input.fields,
    decision_date: toDate(input.fields.decision_date),
    expires_at: input.fields.expires_at === undefined ? undefined : toDate(input.fields.expires_at),
  }
  const problems = [...(input.extraProblems ?? []), ...certificateFieldProblems(fields)]
  if (problems.length > 0) {
    throw invalidData(`Certificate not recorded: ${problems.map((p) => p.message).join("; ")}.`, problems.map(toFieldProblem))
  }
  const valid: ValidCertificate = {
    ...fields,
    issuer_level: fields.issuer_level as IssuerLevel, // checked by certificateFieldProblems
    expires_at: expiryFor(fields.decision_date),
  }
  return new StepResponse(valid)
})

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : vietnamDate(value)
}
