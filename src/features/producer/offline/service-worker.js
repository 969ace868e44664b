// The producer portal's service worker (README, "Offline field capture"),
// registered by capture.ts with the portal of one language as its scope, and
// served by src/pages/producer-sw.js.ts, which puts PAGE_CACHE, SCRIPT_CACHE, isLotPage and keptPageKey
// (offline.ts: one source for the page and the worker) before this text. It keeps only what a producer needs in the field: the
// lot pages, network first with the last copy as the fallback, and the
// site's built scripts. Records are not its business: the page keeps them in
// IndexedDB and sends them (capture.ts). Logging out empties the page cache.
/* global PAGE_CACHE, SCRIPT_CACHE, isLotPage, keptPageKey */

const scope = new URL(self.registration.scope).pathname;
/** The page a lot opened offline shows until it is sent (src/pages/[...lang]/producer/offline/index.astro). */
const SHELL = `${scope}offline`;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (event.request.method !== "GET") {
    // Another producer may use this phone next: nothing of this one's stays.
    if (url.pathname === `${scope}logout`) event.waitUntil(caches.delete(PAGE_CACHE));
    return;
  }
  if (event.request.mode === "navigate" && isLotPage(url.pathname, scope)) event.respondWith(networkFirst(event.request, url));
  else if (url.pathname.startsWith("/_astro/")) event.respondWith(cacheFirst(event.request));
});

/**
 * The page from the network, kept when it is the page itself, not a redirect
 * to the login: a lot page with each step's form under its own address
 * (keptPageKey: "?saved=1" is the same page). Without a network: the last copy
 * kept (a correction page falls back to the lot's page); for a lot never
 * opened here (one opened offline), the offline lot page, which reads the
 * step from the address itself.
 */
async function networkFirst(request, url) {
  const cache = await caches.open(PAGE_CACHE);
  const key = keptPageKey(url);
  try {
    const response = await fetch(request);
    if (key && response.ok && !response.redirected) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const kept = (await cache.match(key ?? `${url.origin}${url.pathname}`)) ?? (url.pathname.startsWith(`${scope}lots/`) ? await cache.match(SHELL) : undefined);
    if (kept) return kept;
    throw error;
  }
}

/** Built scripts carry a hash in their name: a copy kept is always right. */
async function cacheFirst(request) {
  const cache = await caches.open(SCRIPT_CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
