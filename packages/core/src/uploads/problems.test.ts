import { describe, expect, it } from "vitest";
import { csvProblem, imagePrecheck, pdfProblem } from "./problems.js";
import { CSV_RULES, IMAGE_RULES, PDF_RULES } from "./rules.js";

const latin1 = (text: string) => Buffer.from(text, "latin1");
const JPEG_HEAD = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
/** A minimal well-formed PDF: header, one object, a cross-reference table and its trailer. */
const PDF = latin1(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n49\n%%EOF\n",
);

describe("imagePrecheck", () => {
  it("passes a JPEG under the size limit", () => {
    expect(imagePrecheck(2_000_000, JPEG_HEAD)).toBeNull();
  });

  it("refuses an empty file, one over the limit, and anything that is not JPEG, PNG or WebP", () => {
    expect(imagePrecheck(0, JPEG_HEAD)).toEqual({ code: "required" });
    expect(imagePrecheck(IMAGE_RULES.maxBytes + 1, JPEG_HEAD)).toEqual({ code: "file_too_large", params: { max_mb: 15 } });
    expect(imagePrecheck(100, latin1("<html><body>hi</body></html>"))).toMatchObject({ code: "not_image" });
    expect(imagePrecheck(100, latin1("RIFF\x40\0\0\0WEBP<html>hi</html>"))).toMatchObject({ code: "not_image" });
    expect(imagePrecheck(PDF.length, PDF)).toMatchObject({ code: "not_image" });
  });
});

describe("pdfProblem", () => {
  it("passes a whole PDF, trailing newlines and all", () => {
    expect(pdfProblem(PDF)).toBeNull();
    expect(pdfProblem(Buffer.concat([PDF, latin1("\r\n\r\n")]))).toBeNull();
  });

  it("refuses what only starts like one: a cut-off upload, HTML after the header, HTML named .pdf", () => {
    expect(pdfProblem(PDF.subarray(0, PDF.length - 20))).toEqual({ code: "not_pdf" });
    expect(pdfProblem(latin1("%PDF-1.4\n<html><script>alert(1)</script></html>"))).toEqual({ code: "not_pdf" });
    expect(pdfProblem(Buffer.concat([PDF, latin1("<html><script>alert(1)</script></html>")]))).toEqual({ code: "not_pdf" });
    expect(pdfProblem(latin1("<!doctype html><p>%PDF-1.4 startxref %%EOF"))).toEqual({ code: "not_pdf" });
    expect(pdfProblem(latin1("%PDF-x.y\nstartxref\n0\n%%EOF"))).toEqual({ code: "not_pdf" });
  });

  it("refuses an empty file and one over the size limit", () => {
    expect(pdfProblem(new Uint8Array())).toEqual({ code: "required" });
    const huge = Buffer.alloc(PDF_RULES.maxBytes + 1);
    PDF.copy(huge);
    expect(pdfProblem(huge)).toEqual({ code: "file_too_large", params: { max_mb: 20 } });
  });
});

describe("csvProblem", () => {
  it("passes UTF-8 text with a byte-order mark, tabs and line breaks", () => {
    expect(csvProblem(Buffer.from("\uFEFFma_san_pham,ten\r\nTN-1,Chè tôm nõn\tHảo Đạt\n"))).toBeNull();
  });

  it("refuses bytes that are not UTF-8 text, control characters, an empty file and one over the limit", () => {
    expect(csvProblem(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toEqual({ code: "invalid_format", params: { format: "csv" } });
    expect(csvProblem(Buffer.from("a,b\n\u0000\u0001,c"))).toEqual({ code: "invalid_format", params: { format: "csv" } });
    expect(csvProblem(new Uint8Array())).toEqual({ code: "required" });
    expect(csvProblem(Buffer.alloc(CSV_RULES.maxBytes + 1, "a"))).toEqual({ code: "file_too_large", params: { max_mb: 2 } });
  });
});
