import { readAtMost } from "../security/body.server.ts";

/**
 * A form that carries a file, read only up to `maxBytes`: a declared length
 * over the limit is refused before a byte is read, and a body sent without one
 * is counted as it arrives and dropped at the limit, so a 30 MB body never sits
 * in memory. "too_large" answers 413; "unreadable" (a broken multipart body) 400.
 */
export async function readFileForm(request: Request, maxBytes: number): Promise<FormData | "too_large" | "unreadable"> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return "too_large";
  const body = await readAtMost(request, maxBytes);
  if (body === null) return "too_large";
  try {
    return await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return "unreadable";
  }
}
