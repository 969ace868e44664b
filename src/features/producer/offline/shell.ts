import { PAGE_CACHE, type Waiting } from "./offline.ts";

/**
 * The offline lot page (src/pages/[...lang]/producer/offline/index.astro),
 * which the worker shows for a lot opened on the phone and not sent yet: it
 * names the lot and borrows the step form of a lot page kept on the phone, so
 * it records steps with whatever form the portal has (marked
 * `data-offline="event"`). Returns the form, or null when none is kept.
 */
export async function fillShell(shell: HTMLElement, lot: Waiting | undefined): Promise<HTMLFormElement | null> {
  const code = lot?.fields.find(([name]) => name === "code")?.[1];
  const named = shell.querySelector("[data-offline-lot-code]");
  if (named && code) named.textContent = code;
  if (!("caches" in window)) return null;
  const cache = await caches.open(PAGE_CACHE);
  for (const request of await cache.keys()) {
    if (!/\/producer\/lots\/[^/]+$/.test(new URL(request.url).pathname)) continue;
    const page = await cache.match(request);
    const html = page ? await page.text() : "";
    const form = new DOMParser().parseFromString(html, "text/html").querySelector<HTMLFormElement>('form[data-offline="event"]');
    if (!form) continue;
    const copy = document.importNode(form, true);
    copy.removeAttribute("action");
    shell.querySelector("[data-offline-form]")?.replaceChildren(copy);
    return copy;
  }
  return null;
}
