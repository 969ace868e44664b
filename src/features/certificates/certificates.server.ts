import type { AstroCookies } from "astro";
import { staffApi } from "../staff/session.server.ts";

/** The trade department's certificate work through the Admin API (/admin/ocop/certificates*). */

export type ImportRowProblem = { line: number; product: string; problems: string[] };
export type ImportReport = {
  dryRun: boolean;
  rows: number;
  accepted: { line: number; product: string; handle: string | null; stars: number; score: number; decisionNumber: string; decisionDate: string }[];
  rejected: ImportRowProblem[];
  written: { line: number; product: string; certificateId: string; stars: number }[];
};

type AdminImport = {
  dry_run: boolean;
  rows: number;
  accepted: { line: number; product: string; handle: string | null; stars: number; score: number; decision_number: string; decision_date: string }[];
  rejected: ImportRowProblem[];
  written: { line: number; product: string; certificate_id: string; stars: number }[];
};

/** Checks (dry run) or imports a decision's CSV; a file that cannot be read throws the API's 400. */
export async function importCertificates(cookies: AstroCookies, csv: string, dryRun: boolean): Promise<ImportReport> {
  const r = await staffApi<AdminImport>(cookies, "/admin/ocop/certificates/import", { body: { csv, dry_run: dryRun } });
  return {
    dryRun: r.dry_run,
    rows: r.rows,
    accepted: r.accepted.map((a) => ({ line: a.line, product: a.product, handle: a.handle, stars: a.stars, score: a.score, decisionNumber: a.decision_number, decisionDate: a.decision_date })),
    rejected: r.rejected,
    written: r.written.map((w) => ({ line: w.line, product: w.product, certificateId: w.certificate_id, stars: w.stars })),
  };
}

export type ListedCertificate = {
  id: string;
  stars: number;
  decisionNumber: string;
  expiresAt: Date;
  status: string;
  product: { id: string; handle: string; title: string } | null;
};

/** Certificates expiring within `days`, soonest first. */
export async function listExpiringCertificates(cookies: AstroCookies, days: number): Promise<ListedCertificate[]> {
  type Raw = { id: string; stars: number; decision_number: string; expires_at: string; status: string; product: ListedCertificate["product"] };
  const { certificates } = await staffApi<{ certificates: Raw[] }>(cookies, `/admin/ocop/certificates?expiring_within_days=${days}`);
  return certificates.map((c) => ({ id: c.id, stars: c.stars, decisionNumber: c.decision_number, expiresAt: new Date(c.expires_at), status: c.status, product: c.product }));
}

export type CertificateForm = { stars: string; score: string; decision_number: string; decision_date: string; issuer: string; issuer_level: string; criteria_set: string };

/** The id of the product a clerk named by handle (or already by id); null when there is none. */
export async function resolveProductId(cookies: AstroCookies, key: string): Promise<string | null> {
  const field = key.startsWith("prod_") ? "id" : "handle";
  const { products } = await staffApi<{ products: { id: string }[] }>(cookies, `/admin/products?${field}=${encodeURIComponent(key)}&fields=id&limit=1`);
  return products[0]?.id ?? null;
}

export async function issueCertificate(cookies: AstroCookies, productId: string, form: CertificateForm): Promise<string> {
  const { certificate } = await staffApi<{ certificate: { id: string } }>(cookies, "/admin/ocop/certificates", { body: { product_id: productId, ...form } });
  return certificate.id;
}

export async function renewCertificate(cookies: AstroCookies, id: string, form: CertificateForm): Promise<string> {
  const { certificate } = await staffApi<{ certificate: { id: string } }>(cookies, `/admin/ocop/certificates/${encodeURIComponent(id)}/renew`, { body: { ...form } });
  return certificate.id;
}

export async function revokeCertificate(cookies: AstroCookies, id: string, reason: string): Promise<void> {
  await staffApi(cookies, `/admin/ocop/certificates/${encodeURIComponent(id)}/revoke`, { body: { reason } });
}

/** Largest CSV the page sends on (the Admin API takes 2 MB). */
export const MAX_CSV_BYTES = 2_000_000;

/** The CSV a clerk uploaded (a file wins) or pasted; a message key when there is none or it is too large. */
export async function csvFromForm(form: FormData): Promise<{ csv: string } | { problem: "certs.noCsv" | "certs.tooLarge" }> {
  const file = form.get("file");
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (upload && upload.size > MAX_CSV_BYTES) return { problem: "certs.tooLarge" };
  const csv = upload ? await upload.text() : String(form.get("csv") ?? "");
  if (csv.trim() === "") return { problem: "certs.noCsv" };
  return new TextEncoder().encode(csv).length > MAX_CSV_BYTES ? { problem: "certs.tooLarge" } : { csv };
}
