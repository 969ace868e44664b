import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { storefrontBuildDir } from "../platform/build.ts";

/**
 * The limit each page is held against: its HTML, fetched once and saved as a
 * file the same storefront server then serves as a static file. Written into
 * the build's dist/client/ (the adapter serves that folder from disk on each
 * request, before any page runs) under a bench-only folder, removed again
 * afterwards — rather than a static route, which would ship in every
 * production build. Same process, same HTTP stack, no rendering, no backend.
 */
const FOLDER = "__bench";
const dir = path.join(storefrontBuildDir, "client", FOLDER);

/** Saves `path`'s HTML as a static file; returns the path that serves it. */
export async function saveStaticCopy(origin: string, name: string, pagePath: string): Promise<string> {
  const response = await fetch(`${origin}${pagePath}`);
  if (!response.ok) throw new Error(`${pagePath} answered ${response.status}: nothing to save as its static copy.`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${name}.html`), await response.text());
  return `/${FOLDER}/${name}.html`;
}

export async function removeStaticCopies(): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
