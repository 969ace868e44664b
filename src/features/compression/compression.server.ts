import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { constants, createBrotliCompress, createGzip } from "node:zlib";
import { chooseEncoding, type Encoding, isCompressible } from "./compression.ts";

/**
 * Brotli at quality 5 and gzip at level 6: close to their best ratio for
 * HTML at a few milliseconds a page on a 2-core machine (brotli's default, 11,
 * costs tens of milliseconds a page and is meant for build-time assets).
 */
function encoder(encoding: Encoding) {
  return encoding === "br" ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : createGzip({ level: 6 });
}

/** `response` compressed for `request` when the request accepts it and the answer is worth it; otherwise as it is. */
export function compress(request: Request, response: Response): Response {
  const headers = new Headers(response.headers);
  if (!response.body || !isCompressible(response.status, headers, request.method)) return response;
  // Whatever the choice, caches must keep one copy per encoding.
  headers.append("vary", "Accept-Encoding");
  const encoding = chooseEncoding(request.headers.get("accept-encoding"));
  if (!encoding) return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  headers.set("content-encoding", encoding);
  headers.delete("content-length");
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>).pipe(encoder(encoding));
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: response.status, statusText: response.statusText, headers });
}
