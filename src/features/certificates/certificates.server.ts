import { type CertificateStatus, CSV_RULES, csvProblem, type FieldProblem } from "@ocop/core";
import * as admin from "../../lib/medusa/admin.server.ts";

/** The trade department's certificate work, in the storefront's shapes (from /admin/ocop/certificates* through lib/medusa/admin.server.ts). */

/** A row that was not written, with its problems coded by column (src/features/certificates/import-labels.ts says them). */
export type ImportRowProblem = { line: number; product: string; problems: FieldProblem[] };
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
    rejected: r.rejected.map((x) => ({ line: x.line, product: x.product, problems: x.fields })),
    written: r.written.map((w) => ({ line: w.line, product: w.product, certificateId: w.certificate_id, stars: w.stars })),
  };
}

export type ListedCertificate = {
  id: string;
  stars: number;
  score: number;
  decisionNumber: string;
  decisionDate: Date;
  expiresAt: Date;
  status: CertificateStatus;
  revokedReason: string | null;
  product: { id: string; handle: string; title: string } | null;
  producer: { id: string; legal_name: string } | null;
};

type Listed = Awaited<ReturnType<typeof admin.listCertificates>>["certificates"][number];
const listed = (c: Listed): ListedCertificate => ({
  id: c.id,
  stars: c.stars,
  score: c.score,
  decisionNumber: c.decision_number,
  decisionDate: new Date(c.decision_date),
  expiresAt: new Date(c.expires_at),
  status: c.status,
  revokedReason: c.revoked_reason,
  product: c.product,
  producer: c.producer,
});

/** Certificates expiring within `days`, soonest first. */
export async function listExpiringCertificates(token: string, days: number): Promise<ListedCertificate[]> {
  return (await admin.listCertificates(token, days)).certificates.map(listed);
}

/** Certificates found by product, producer, decision number or id, grouped by product: each product's history, newest decision first. */
export async function searchCertificates(
  token: string,
  q: string,
): Promise<{ product: ListedCertificate["product"]; producer: ListedCertificate["producer"]; certificates: ListedCertificate[] }[]> {
  const groups = new Map<string, ListedCertificate[]>();
  for (const c of (await admin.searchCertificates(token, q)).certificates.map(listed)) {
    const key = c.product?.id ?? c.id;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((certificates) => ({ product: certificates[0]?.product ?? null, producer: certificates[0]?.producer ?? null, certificates }));
}

/** One certificate by id, with its product and producer; null when there is none. */
export async function retrieveCertificate(token: string, id: string): Promise<ListedCertificate | null> {
  if (!/^cert_\w+$/.test(id)) return null;
  return (await admin.searchCertificates(token, id)).certificates.map(listed).find((c) => c.id === id) ?? null;
}

/** Whether a certificate may still be revoked or renewed (it stands today). */
export const standing = (c: ListedCertificate) => c.status === "active" || c.status === "expiring_soon";

export type CertificateForm = {
  stars: string;
  score: string;
  decision_number: string;
  decision_date: string;
  issuer: string;
  issuer_en: string;
  issuer_level: string;
  criteria_set: string;
};

/** The certificate fields of a staff form, as typed (the backend coerces the numbers and names what is wrong). */
export function certificateForm(form: FormData): CertificateForm {
  const field = (name: keyof CertificateForm) => String(form.get(name) ?? "").trim();
  return {
    stars: field("stars"),
    score: field("score"),
    decision_number: field("decision_number"),
    decision_date: field("decision_date"),
    issuer: field("issuer"),
    issuer_en: field("issuer_en"),
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

/**
 * The CSV a clerk uploaded (a file wins) or pasted; a message key when there is
 * none, it is too large, or the file is not CSV text (the upload pipeline's
 * rules, @ocop/core: UTF-8, at most CSV_RULES.maxBytes; the backend checks again).
 */
export async function csvFromForm(form: FormData): Promise<{ csv: string } | { problem: "certs.noCsv" | "certs.tooLarge" | "certs.notCsv" }> {
  const file = form.get("file");
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (upload && upload.size > CSV_RULES.maxBytes) return { problem: "certs.tooLarge" };
  const bytes = upload ? new Uint8Array(await upload.arrayBuffer()) : new TextEncoder().encode(String(form.get("csv") ?? ""));
  if (new TextDecoder().decode(bytes).trim() === "") return { problem: "certs.noCsv" };
  const problem = csvProblem(bytes);
  if (problem?.code === "file_too_large") return { problem: "certs.tooLarge" };
  return problem ? { problem: "certs.notCsv" } : { csv: new TextDecoder().decode(bytes) };
}
