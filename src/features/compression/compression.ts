/**
 * Which answers the storefront compresses, and how. The embedded default has
 * no proxy in front of it, so its own server answers `br` or `gzip` when the
 * browser asks; a CDN or proxy in front takes over (it sees Content-Encoding
 * and Vary, and passes the encoded answer on or recompresses it).
 */
export type Encoding = "br" | "gzip";

/** Answers smaller than this gain less than the compression header costs. */
export const MIN_COMPRESS_BYTES = 512;

const COMPRESSIBLE = /^(text\/(html|css|plain|calendar|csv)|application\/(json|ld\+json|linkset\+json|xml|javascript)|image\/svg\+xml)\b/i;

/**
 * The encoding to use for a request's Accept-Encoding: by default br first,
 * then gzip (`prefer` changes the order); none when neither is accepted (q=0 refuses).
 */
export function chooseEncoding(acceptEncoding: string | null, prefer: readonly Encoding[] = ["br", "gzip"]): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return prefer.find(allows) ?? null;
}

/** Whether an answer is worth compressing: a text type, a body, not already encoded, not a partial or empty answer. */
export function isCompressible(status: number, headers: Headers, method: string): boolean {
  if (method === "HEAD" || status === 204 || status === 304 || status === 206 || status < 200) return false;
  if (headers.has("content-encoding")) return false;
  if (/\bno-transform\b/i.test(headers.get("cache-control") ?? "")) return false;
  const length = headers.get("content-length");
  if (length !== null && Number(length) < MIN_COMPRESS_BYTES) return false;
  return COMPRESSIBLE.test(headers.get("content-type") ?? "");
}
