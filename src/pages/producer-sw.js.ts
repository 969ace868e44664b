import type { APIRoute } from "astro";
import { WORKER_SCRIPT } from "../features/producer/offline/worker.server.ts";

/**
 * GET /producer-sw.js — the producer portal's service worker. Served from the
 * site's root (outside the portal's guard, so the browser can always check it
 * for updates) and allowed to control the portal of either language. Its
 * policy is the worker's own: it fetches from this site and nothing else.
 */
export const GET: APIRoute = () =>
  new Response(WORKER_SCRIPT, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
      "Service-Worker-Allowed": "/",
      "Content-Security-Policy": "default-src 'none'; connect-src 'self'",
    },
  });
