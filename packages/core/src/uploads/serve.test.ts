import { describe, expect, it } from "vitest";
import { uploadHeaders } from "./serve.js";

describe("uploadHeaders", () => {
  it("serves a stored photo as WebP, inline, unsniffed and sandboxed", () => {
    expect(uploadHeaders("1733-photo.webp")).toMatchObject({
      "Content-Type": "image/webp",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox; frame-ancestors 'none'",
      "Content-Disposition": "inline",
    });
  });

  it("serves a PDF only as a download", () => {
    expect(uploadHeaders("1733-dossier.pdf")).toMatchObject({ "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="1733-dossier.pdf"' });
  });

  it("serves anything else as bytes to download, its name made safe for the header", () => {
    expect(uploadHeaders('old"page.html')).toMatchObject({ "Content-Type": "application/octet-stream", "Content-Disposition": 'attachment; filename="old_page.html"' });
  });
});
