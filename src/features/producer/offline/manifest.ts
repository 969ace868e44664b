/** The web app manifest of the producer portal in one language (developer.mozilla.org/docs/Web/Manifest). */
export function appManifest(app: { name: string; shortName: string; lang: string; scope: string; start: string }) {
  return {
    name: app.name,
    short_name: app.shortName,
    lang: app.lang,
    id: app.start,
    start_url: app.start,
    scope: app.scope,
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#14532d",
    // Made from icon.svg with sharp (README, "Offline field capture").
    icons: [192, 512].map((size) => ({ src: `/producer-app/icon-${size}.png`, sizes: `${size}x${size}`, type: "image/png", purpose: "any" })),
  };
}
