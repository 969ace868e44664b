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
    return await new Response(new Uint8Array(body), { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return "unreadable";
  }
}

async function readAtMost(request: Request, maxBytes: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
