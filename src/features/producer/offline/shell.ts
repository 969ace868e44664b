import { PAGE_CACHE, type Waiting } from "./offline.ts";

/**
 * The offline lot page (src/pages/[...lang]/producer/offline/index.astro),
 * which the worker shows for a lot opened on the phone and not sent yet, at
 * the lot's own address with any `?step=`: it names the lot and borrows the
 * guided step form (`#event-form`: the step chooser, and the chosen step's form
 * marked `data-offline="event"`) of a lot page kept on the phone with the same
 * step, its step links turned to this lot. Returns whether one was kept.
 */
export async function fillShell(shell: HTMLElement, lot: Waiting | undefined, scope: string): Promise<boolean> {
  const code = lot?.fields.find(([name]) => name === "code")?.[1];
  const named = shell.querySelector("[data-offline-lot-code]");
  if (named && code) named.textContent = code;
  if (!("caches" in window)) return false;
  const step = new URLSearchParams(location.search).get("step");
  const search = step ? `?step=${encodeURIComponent(step)}` : "";
  const cache = await caches.open(PAGE_CACHE);
  for (const request of await cache.keys()) {
    const kept = new URL(request.url);
    if (!kept.pathname.startsWith(`${scope}lots/`) || kept.pathname.slice(scope.length + 5).includes("/") || kept.search !== search) continue;
    const page = await cache.match(request);
    // Without the kept page's inline styles: a parsed document applies them under this page's
    // content security policy, which lists only this page's own (the step form's among them).
    const html = (page ? await page.text() : "").replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "");
    const journal = new DOMParser().parseFromString(html, "text/html").querySelector("#event-form");
    if (!journal || (step && !journal.querySelector('form[data-offline="event"]'))) continue;
    const copy = document.importNode(journal, true);
    for (const link of copy.querySelectorAll<HTMLAnchorElement>("a[href]")) {
      const to = new URL(link.getAttribute("href") ?? "", kept);
      if (to.pathname === kept.pathname) link.setAttribute("href", `${location.pathname}${to.search}${to.hash}`);
    }
    copy.querySelector("form")?.removeAttribute("action");
    shell.querySelector("[data-offline-form]")?.replaceChildren(copy);
    return true;
  }
  return false;
}
