import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it } from "vitest"
import { HTML, jpegWithGps, RIFF_HTML } from "./__fixtures__/images"
import { cleanMultipartFiles } from "./multipart"

type File = { originalname: string; mimetype: string; buffer: Buffer; size: number }
const file = (originalname: string, mimetype: string, buffer: Buffer): File => ({ originalname, mimetype, buffer, size: buffer.length })

/** Runs the middleware on files as multer hands them over; what it passed to next(). */
async function run(files: File[]): Promise<unknown> {
  let passed: unknown = "not called"
  const next: MedusaNextFunction = (error?: unknown) => {
    passed = error
  }
  await cleanMultipartFiles({ files } as unknown as MedusaRequest, {} as MedusaResponse, next)
  return passed
}

describe("cleanMultipartFiles (Medusa's /admin/uploads)", () => {
  it("replaces a photo with its clean WebP, named to match", async () => {
    const files = [file("ảnh sản phẩm.jpg", "image/jpeg", await jpegWithGps())]
    expect(await run(files)).toBeUndefined()
    expect(files[0]).toMatchObject({ originalname: "ảnh sản phẩm.webp", mimetype: "image/webp" })
    expect(files[0]?.buffer.subarray(8, 12).toString()).toBe("WEBP")
  })

  it.each([
    ["HTML named .webp", file("page.webp", "image/webp", HTML)],
    ["RIFF….WEBP then HTML", file("page.webp", "image/webp", RIFF_HTML)],
    ["HTML named .pdf", file("page.pdf", "application/pdf", HTML)],
    ["an HTML page as itself", file("page.html", "text/html", HTML)],
  ])("refuses %s, naming the file", async (_, bad) => {
    const error = await run([file("ok.csv", "text/csv", Buffer.from("a,b\n1,2\n")), bad])
    expect(error).toMatchObject({ type: "invalid_data", fields: [{ field: "files.1" }] })
  })
})
