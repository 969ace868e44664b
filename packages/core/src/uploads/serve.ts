/** Types a stored upload is served as, by the extension the pipeline gave it (never the sender's). */
const TYPES: Record<string, { type: string; inline: boolean }> = {
  webp: { type: "image/webp", inline: true },
  pdf: { type: "application/pdf", inline: false },
  csv: { type: "text/csv; charset=utf-8", inline: false },
};

/**
 * Headers for a stored upload: its real type, no sniffing, and a policy that
 * lets the file run nothing even if opened on its own (`sandbox`). Only images
 * are shown inline; anything else (PDFs, CSV exports) is a download, so no
 * uploaded document ever renders from the site's own origin.
 */
export function uploadHeaders(key: string): Record<string, string> {
  const extension = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  const known = TYPES[extension];
  const name = key.replace(/[^\w.-]/g, "_");
  return {
    "Content-Type": known?.type ?? "application/octet-stream",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox; frame-ancestors 'none'",
    "Content-Disposition": known?.inline ? "inline" : `attachment; filename="${name}"`,
    "Cross-Origin-Resource-Policy": "cross-origin",
  };
}
