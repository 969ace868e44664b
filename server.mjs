// The storefront's production server: `node server.mjs` after `npm run build`
// (npm start runs it). The Astro app is built in @astrojs/node's middleware
// mode (astro.config.mjs) and served from here, because the adapter's own
// standalone server looks on disk for every request before it renders, and
// that look-up (two stat calls that fail) cost an eighth of a kept trace
// page's time. Here only paths that can be files are looked for: /_astro/…
// and names with an extension; everything else goes straight to the app.
import http from "node:http";
import { fileURLToPath } from "node:url";
import { securityHeaders } from "@ocop/core";
import send from "send";
import { handler } from "./dist/server/entry.mjs";

const client = fileURLToPath(new URL("./dist/client/", import.meta.url));
const port = Number(process.env.PORT) || 4321;
const host = process.env.HOST || "localhost";

/** What a file needs of the security headers the app's answers carry (src/features/security). */
const FILE_HEADERS = Object.entries(securityHeaders({ https: (process.env.PUBLIC_SITE_URL ?? "").startsWith("https:") })).filter(([name]) =>
  ["X-Content-Type-Options", "Referrer-Policy", "Strict-Transport-Security"].includes(name),
);

/** Built assets carry a content hash in their name: browsers may keep them for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

function mayBeFile(pathname) {
  return pathname.startsWith("/_astro/") || /\/[^/]*\.[A-Za-z0-9]{1,8}$/.test(pathname);
}

const server = http.createServer((req, res) => {
  const url = req.url ?? "/";
  try {
    decodeURI(url);
  } catch {
    res.writeHead(400).end("Bad request.");
    return;
  }
  const pathname = url.split(/[?#]/, 1)[0];
  if (!mayBeFile(pathname)) {
    handler(req, res);
    return;
  }
  let found = false;
  send(req, pathname, { root: client, dotfiles: pathname.startsWith("/.well-known/") ? "allow" : "deny", index: false })
    .on("file", () => {
      found = true;
    })
    .on("headers", (response) => {
      for (const [name, value] of FILE_HEADERS) response.setHeader(name, value);
      if (pathname.startsWith("/_astro/")) response.setHeader("Cache-Control", IMMUTABLE);
    })
    .on("error", (error) => {
      // Not a file (or a folder, or a dotfile): the app answers, pages and 404s alike.
      if (!found) return void handler(req, res);
      res.statusCode = error.statusCode ?? 500;
      res.end();
    })
    .pipe(res);
});

server.listen(port, host, () => console.log(`Storefront listening on http://${host}:${port}`));
