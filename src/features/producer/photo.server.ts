import { type FieldProblem, imagePrecheck, type ProducerImageBody } from "@ocop/core";

/**
 * A product photo from the portal's form, as the backend takes it: the photo
 * as taken, base64. The backend's upload pipeline (backend/src/uploads/) is the
 * authority — it decodes, resizes, re-encodes and strips it — so a direct API
 * call and this form end alike; here only the quick checks run (present, not
 * too large, a JPEG, PNG or WebP by its first bytes), so a wrong file is
 * answered without a trip to the backend.
 */
export async function productPhotoBody(upload: FormDataEntryValue | null): Promise<{ body: ProducerImageBody } | { problem: FieldProblem }> {
  if (!(upload instanceof File)) return { problem: { field: "content_base64", code: "required" } };
  const head = new Uint8Array(await upload.slice(0, 16).arrayBuffer());
  const problem = imagePrecheck(upload.size, head);
  if (problem) return { problem: { field: "content_base64", ...problem } };
  return { body: { filename: upload.name.replace(/[^\w.\- ]/g, "").slice(-100) || "photo", content_base64: Buffer.from(await upload.arrayBuffer()).toString("base64") } };
}
