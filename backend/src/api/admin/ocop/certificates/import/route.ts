import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ImportCertificatesResponse } from "@ocop/core"
import { carriesOcopMark, certificateStatus } from "@ocop/core"
import { checkImportRows, codedProblems, type ImportProduct, parseCertificateCsv } from "../../../../../modules/ocop/certificate-import"
import { acceptUpload } from "../../../../../uploads"
import { createCertificateWorkflow } from "../../../../../workflows/ocop-certificates/create-certificate"
import { fieldsOf, invalidData } from "../../../../problems"
import type { ImportCertificatesBody } from "../../validators"

/**
 * POST /admin/ocop/certificates/import — a decision's list of certificates as CSV.
 * `dry_run` (default true) reports every row that cannot be written, with its line and reasons,
 * and writes nothing. A real run writes the good rows only, each through the same workflow as a
 * certificate issued by hand (same rules, same events), and lists what it wrote.
 */
export async function POST(req: AuthenticatedMedusaRequest<ImportCertificatesBody>, res: MedusaResponse<ImportCertificatesResponse>) {
  const { csv, dry_run } = req.validatedBody
  await acceptUpload("csv", Buffer.from(csv, "utf8"), "csv")
  const parsed = parseCertificateCsv(csv)
  if (parsed.problems.length > 0) {
    throw invalidData(`The file cannot be imported: ${parsed.problems.map((p) => p.message).join("; ")}.`, codedProblems(parsed.problems))
  }
  const products = await findProducts(req.scope, [...new Set(parsed.rows.map((r) => r.product).filter((p) => p !== ""))])
  const verdicts = checkImportRows(parsed.rows, products, new Date())
  const good = verdicts.filter((v) => v.problems.length === 0)
  const rejected = verdicts
    .filter((v) => v.problems.length > 0)
    .map(({ line, product, problems }) => ({ line, product, problems: problems.map((p) => p.message), fields: codedProblems(problems) }))

  const written: ImportCertificatesResponse["written"] = []
  const failed: ImportCertificatesResponse["rejected"] = []
  if (!dry_run) {
    // One row at a time, in file order: each is its own workflow, so a row that fails (another
    // clerk certified the product a moment ago) is reported and the others still stand.
    for (const row of good) {
      const { result, errors } = await createCertificateWorkflow(req.scope).run({
        input: { product_id: row.product_id ?? "", fields: row.fields },
        throwOnError: false,
      })
      if (errors.length > 0) {
        const problems = errors.map((e) => e.error?.message ?? String(e.error))
        const fields = errors.flatMap((e) => fieldsOf(e.error) ?? [{ field: "", code: "invalid" as const }])
        failed.push({ line: row.line, product: row.product, problems, fields })
      } else written.push({ line: row.line, product: row.product, handle: row.handle, certificate_id: result.id, stars: result.stars })
    }
  }
  res.json({
    dry_run,
    rows: verdicts.length,
    accepted: good.map(({ line, product, handle, fields }) => ({ line, product, handle, ...fields })),
    rejected: [...rejected, ...failed].sort((a, b) => a.line - b.line),
    written,
  })
}

type Found = { id: string; handle: string; ocop_product?: { id: string; certificates?: Parameters<typeof certificateStatus>[0][] } | null }

/** The products the rows name, by handle or by id, with what stands in the way of certifying them. */
async function findProducts(container: MedusaContainer, keys: string[]): Promise<Map<string, ImportProduct>> {
  if (keys.length === 0) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["id", "handle", "ocop_product.id", "ocop_product.certificates.*"]
  const [byHandle, byId] = await Promise.all([
    query.graph({ entity: "product", fields, filters: { handle: keys } }),
    query.graph({ entity: "product", fields, filters: { id: keys } }),
  ])
  const now = new Date()
  const found = new Map<string, ImportProduct>()
  for (const [data, key] of [
    [byHandle.data, "handle"],
    [byId.data, "id"],
  ] as const) {
    for (const p of data as unknown as Found[]) {
      const valid = (p.ocop_product?.certificates ?? []).find((c) => carriesOcopMark(certificateStatus(c, now))) as { id?: string } | undefined
      found.set(p[key], { product_id: p.id, handle: p.handle, has_ocop_record: Boolean(p.ocop_product), valid_certificate_id: valid?.id ?? null })
    }
  }
  return found
}
