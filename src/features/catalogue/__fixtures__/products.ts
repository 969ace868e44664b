import type { Certificate, OcopFacet } from "../../ocop/ocop.ts";
import type { Product } from "../product.ts";

const tanCuong = { handle: "tan-cuong", commune: "Tân Cương", province: "Thái Nguyên", historicalDistrict: "TP Thái Nguyên" };
const hoaThuong = { handle: "hoa-thuong", commune: "Hóa Thượng", province: "Thái Nguyên", historicalDistrict: "Đồng Hỷ" };

export const validCertificate: Certificate = {
  id: "cert_1",
  stars: 5,
  score: 90.86,
  decisionNumber: "781/QĐ-BNN-VPĐP",
  decisionDate: new Date("2024-06-01T00:00:00+07:00"),
  issuer: "Bộ Nông nghiệp và Phát triển nông thôn",
  issuerEn: "Ministry of Agriculture and Rural Development",
  issuerLevel: "central",
  criteriaSet: "148/QĐ-TTg",
  expiresAt: new Date("2027-06-01T00:00:00+07:00"),
  revokedAt: null,
  revokedReason: null,
  replacedById: null,
};

function facet(over: Partial<OcopFacet>): OcopFacet {
  return {
    productSet: { code: "tea", name: { vi: "Chè", en: "Tea" } },
    group: { code: "food", name: { vi: "Thực phẩm", en: "Food" }, shippable: true },
    producer: {
      handle: "htx-hao-dat",
      legalName: "HTX Chè Hảo Đạt",
      legalNameEn: "Hảo Đạt Tea Cooperative",
      entityType: "cooperative",
      womenLed: true,
      ethnicMinorityLed: false,
      place: tanCuong,
    },
    place: tanCuong,
    titleEn: null,
    descriptionEn: null,
    variantTitlesEn: {},
    story: { vi: null, en: null },
    certificate: validCertificate,
    status: "active",
    markStars: 5,
    ...over,
  };
}

function product(handle: string, title: string, price: number, created: string, ocop: OcopFacet | null): Product {
  return {
    id: `prod_${handle}`,
    handle,
    title,
    subtitle: null,
    description: null,
    thumbnail: null,
    createdAt: new Date(created),
    featured: false,
    variants: [{ id: `var_${handle}`, title: "1", sku: null, priceVnd: price, inStock: 5 }],
    ocop,
  };
}

/** A 5★ tea, a 4★ household noodle from another commune, an expired 3★ honey, and a product outside OCOP. */
export const catalogue: Product[] = [
  product("che-tom-non", "Chè tôm nõn", 250_000, "2026-01-03", facet({ titleEn: "Bud tea" })),
  product(
    "mien-dong",
    "Miến dong",
    75_000,
    "2026-01-02",
    facet({
      productSet: { code: "processed-cereals", name: { vi: "Chế biến từ gạo", en: "Processed cereals" } },
      producer: { handle: "ho-mien", legalName: "Hộ Miến", legalNameEn: null, entityType: "household", womenLed: false, ethnicMinorityLed: true, place: hoaThuong },
      place: hoaThuong,
      markStars: 4,
    }),
  ),
  product(
    "mat-ong",
    "Mật ong",
    180_000,
    "2026-01-04",
    facet({
      productSet: { code: "honey-raw", name: { vi: "Mật ong", en: "Honey" } },
      status: "expired",
      markStars: null,
    }),
  ),
  product("gao", "Gạo", 120_000, "2026-01-01", null),
];
