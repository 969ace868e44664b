import * as admin from "../../lib/medusa/admin.server.ts";

/** The trade department's certificate work, in the storefront's shapes (from /admin/ocop/certificates* through lib/medusa/admin.server.ts). */

export type ImportRowProblem = { line: number; product: string; problems: string[] };
export type ImportReport = {
  dryRun: boolean;
  rows: number;
  accepted: { line: number; product: string; handle: string | null; stars: number; score: number; decisionNumber: string; decisionDate: string }[];
  rejected: ImportRowProblem[];
  written: { line: number; product: string; certificateId: string; stars: number }[];
};

/** Checks (dry run) or imports a decision's CSV; a file that cannot be read throws the API's 400. */
export async function importCertificates(token: string, csv: string, dryRun: boolean): Promise<ImportReport> {
  const r = await admin.importCertificates(token, csv, dryRun);
  return {
    dryRun: r.dry_run,
    rows: r.rows,
    accepted: r.accepted.map((a) => ({
      line: a.line,
      product: a.product,
      handle: a.handle,
      stars: a.stars,
      score: a.score,
      decisionNumber: a.decision_number,
      decisionDate: a.decision_date,
    })),
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
export async function listExpiringCertificates(token: string, days: number): Promise<ListedCertificate[]> {
  const { certificates } = await admin.listCertificates(token, days);
  return certificates.map((c) => ({ id: c.id, stars: c.stars, decisionNumber: c.decision_number, expiresAt: new Date(c.expires_at), status: c.status, product: c.product }));
}

export type CertificateForm = { stars: string; score: string; decision_number: string; decision_date: string; issuer: string; issuer_level: string; criteria_set: string };

/** The certificate fields of a staff form, as typed (the backend coerces the numbers and names what is wrong). */
export function certificateForm(form: FormData): CertificateForm {
  const field = (name: keyof CertificateForm) => String(form.get(name) ?? "").trim();
  return {
    stars: field("stars"),
    score: field("score"),
    decision_number: field("decision_number"),
    decision_date: field("decision_date"),
    issuer: field("issuer"),
    issuer_level: field("issuer_level"),
    criteria_set: field("criteria_set"),
  };
}

/** The id of the product a clerk named by handle (or already by id); null when there is none. */
export const resolveProductId = admin.findProductId;

export async function issueCertificate(token: string, productId: string, form: CertificateForm): Promise<string> {
  return (await admin.createCertificate(token, { product_id: productId, ...form })).certificate.id;
}

export async function renewCertificate(token: string, id: string, form: CertificateForm): Promise<string> {
  return (await admin.renewCertificate(token, id, form)).certificate.id;
}

export async function revokeCertificate(token: string, id: string, reason: string): Promise<void> {
  await admin.revokeCertificate(token, id, reason);
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
