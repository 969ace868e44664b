import { describe, expect, it } from "vitest";
import { sitemapPaths, sitemapXml } from "./sitemap.ts";

describe("sitemap", () => {
  const paths = sitemapPaths({ productHandles: ["che-tom-non"], producerHandles: ["htx-hao-dat"], placeHandles: ["tan-cuong"] });

  it("lists every product, producer, place and group page", () => {
    expect(paths).toContain("/products/che-tom-non");
    expect(paths).toContain("/producers/htx-hao-dat");
    expect(paths).toContain("/places/tan-cuong");
    expect(paths.filter((p) => p.startsWith("/groups/"))).toHaveLength(6);
  });

  it("lists the footer's policy pages", () => {
    expect(paths).toEqual(expect.arrayContaining(["/delivery-returns", "/privacy", "/terms", "/about-ocop", "/showrooms"]));
  });

  it("lists each page in both languages with hreflang alternates", () => {
    const xml = sitemapXml("https://ocop.example.vn", ["/products/che-tom-non"]);
    expect(xml).toContain("<loc>https://ocop.example.vn/products/che-tom-non</loc>");
    expect(xml).toContain("<loc>https://ocop.example.vn/en/products/che-tom-non</loc>");
    expect(xml.match(/hreflang="en"/g)).toHaveLength(2);
  });
});
