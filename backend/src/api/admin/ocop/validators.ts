import { z } from "@medusajs/framework/zod"
import type * as Core from "@ocop/core"
import { CSV_RULES } from "@ocop/core"
import { accepts } from "../accepts"

// Shapes only: ranges and the OCOP rules (stars 3–5, score bands, expiry,
// issuing level, product sets) are checked in the workflows, which name every
// problem in one 400.
const certificateFields = {
  stars: z.coerce.number(),
  score: z.coerce.number(),
  decision_number: z.string(),
  decision_date: z.string().date("decision_date must be a date (YYYY-MM-DD)"),
  issuer: z.string(),
  issuer_en: z
    .string()
    .max(300)
    .transform((s) => s.trim() || null)
    .optional(),
  issuer_level: z.string(),
  criteria_set: z.string(),
  expires_at: z.string().date("expires_at must be a date (YYYY-MM-DD)").optional(),
}

export const CreateCertificateBody = accepts<Core.CreateCertificateBody>()(z.object({ product_id: z.string().min(1), ...certificateFields }).strict())
export type CreateCertificateBody = z.infer<typeof CreateCertificateBody>

export const RenewCertificateBody = accepts<Core.RenewCertificateBody>()(z.object(certificateFields).strict())
export type RenewCertificateBody = z.infer<typeof RenewCertificateBody>

export const RevokeCertificateBody = accepts<Core.RevokeCertificateBody>()(z.object({ reason: z.string() }).strict())
export type RevokeCertificateBody = z.infer<typeof RevokeCertificateBody>

export const ListCertificatesQuery = accepts<Core.ListCertificatesQuery>()(
  z.object({
    expiring_within_days: z.coerce.number().int().min(1).max(3650).optional(),
    q: z.string().trim().min(1).max(200).optional(),
  }),
)
export type ListCertificatesQuery = z.infer<typeof ListCertificatesQuery>

export const UpsertOcopProductBody = accepts<Core.UpsertOcopProductBody>()(
  z
    .object({
      product_set: z.string(),
      producer_id: z.string(),
      place_id: z.string(),
      title_en: z.string().nullish(),
      description_en: z.string().nullish(),
      story_vi: z.string().nullish(),
      story_en: z.string().nullish(),
    })
    .strict(),
)
export type UpsertOcopProductBody = z.infer<typeof UpsertOcopProductBody>

const words = (max: number) => z.string().trim().min(1).max(max)
export const CampaignPageBody = accepts<Core.CampaignPageBody>()(
  z
    .object({
      campaign_id: z.string().min(1),
      slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug must be lowercase words joined by dashes"),
      title_vi: words(200),
      title_en: words(200),
      body_vi: words(8000),
      body_en: words(8000),
      banner_vi: words(200),
      banner_en: words(200),
      featured_product_ids: z.array(z.string().min(1)).max(24).default([]),
    })
    .strict(),
)
export type CampaignPageBody = z.infer<typeof CampaignPageBody>

export const DashboardQuery = accepts<Core.DashboardQuery>()(
  z.object({
    from: z.string().date("from must be a date (YYYY-MM-DD)").optional(),
    to: z.string().date("to must be a date (YYYY-MM-DD)").optional(),
    format: z.enum(["json", "csv"]).default("json"),
  }),
)
export type DashboardQuery = z.infer<typeof DashboardQuery>

export const ImportCertificatesBody = accepts<Core.ImportCertificatesBody>()(
  z
    .object({
      csv: z.string().min(1, "paste or upload the decision's list as CSV, with its header row").max(CSV_RULES.maxBytes, "the file is too large (at most 2 MB)"),
      /** Default true: report what would be written, write nothing. */
      dry_run: z.boolean().default(true),
    })
    .strict(),
)
export type ImportCertificatesBody = z.infer<typeof ImportCertificatesBody>
