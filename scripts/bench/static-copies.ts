import { mkdir, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { storefrontBuildDir } from "../platform/build.ts";

/**
 * The limit each page is held against: its answer, fetched once as a browser
 * asks for it (br or gzip), and saved byte for byte as a file the same
 * storefront server then serves from disk. Written into the build's
 * dist/client/ (the adapter serves that folder on each request, before any
 * page runs) under a bench-only folder, removed again afterwards — rather than
 * a static route, which would ship in every production build. Same process,
 * same HTTP stack, the same bytes on the wire; no rendering, no backend. (The
 * adapter's file server sends no Content-Encoding header for it; the load
 * generator does not decode bodies, so that one header is the only difference.)
 */
const FOLDER = "__bench";
const dir = path.join(storefrontBuildDir, "client", FOLDER);

/** What the load generator and the static copies ask for, as Chromium does. */
export const BROWSER_ENCODINGS = { "accept-encoding": "gzip, deflate, br, zstd" };

/** Saves `pagePath`'s answer as a static file; returns the path that serves it and the encoding it was sent in. */
export async function saveStaticCopy(origin: string, name: string, pagePath: string): Promise<{ path: string; encoding: string; bytes: number }> {
  const { status, encoding, body } = await rawGet(`${origin}${pagePath}`, BROWSER_ENCODINGS);
  if (status !== 200) throw new Error(`${pagePath} answered ${status}: nothing to save as its static copy.`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${name}.html`), body);
  return { path: `/${FOLDER}/${name}.html`, encoding: encoding ?? "identity", bytes: body.length };
}

export async function removeStaticCopies(): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A GET whose body is kept as sent (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}
