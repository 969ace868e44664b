/**
 * A handful of real Thái Nguyên OCOP products (names, producers and places from
 * public sources: shared/OCOP.md). Prices, weights and stock are invented for the
 * demo; every page of the storefront says so while this seed is in use.
 */
export type DemoProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  /** The option that tells the variants apart, e.g. package weight. */
  option: string
  variants: { title: string; sku: string; priceVnd: number; stock: number }[]
}

export const demoProducts: DemoProduct[] = [
  {
    handle: "che-tom-non-hao-dat",
    title: "Chè tôm nõn Hảo Đạt",
    subtitle: "HTX Chè Hảo Đạt · xã Tân Cương",
    description:
      "Chè tôm nõn hái một tôm một lá non trên đồi chè Tân Cương, sao thủ công. Sản phẩm OCOP 5 sao quốc gia năm 2020.",
    option: "Khối lượng",
    variants: [
      { title: "100 g", sku: "HD-TOMNON-100", priceVnd: 250_000, stock: 40 },
      { title: "200 g", sku: "HD-TOMNON-200", priceVnd: 480_000, stock: 25 },
    ],
  },
  {
    handle: "mien-viet-cuong",
    title: "Miến dong Việt Cường",
    subtitle: "HTX Miến Việt Cường · Hóa Thượng (trước đây huyện Đồng Hỷ)",
    description:
      "Miến làm từ tinh bột dong riềng, phơi nắng tự nhiên, dai và trong. Sản phẩm OCOP 5 sao.",
    option: "Khối lượng",
    variants: [{ title: "500 g", sku: "VC-MIEN-500", priceVnd: 75_000, stock: 120 }],
  },
  {
    handle: "tra-dinh-dat-phat",
    title: "Trà đinh Đạt Phát",
    subtitle: "HTX chè sạch Đạt Phát · xã Vô Tranh",
    description: "Trà đinh từ vùng chè VietGAP 15 ha của HTX Đạt Phát. Sản phẩm OCOP 4 sao.",
    option: "Khối lượng",
    variants: [{ title: "100 g", sku: "DP-DINH-100", priceVnd: 320_000, stock: 30 },
    ],
  },
  {
    handle: "mat-ong-phuc-thanh",
    title: "Mật ong Phúc Thành",
    subtitle: "Mật ong hoa rừng · Thái Nguyên",
    description: "Mật ong nguyên chất từ đàn ong nuôi dưới tán rừng. Sản phẩm OCOP 3 sao.",
    option: "Dung tích",
    variants: [{ title: "500 ml", sku: "PT-MATONG-500", priceVnd: 180_000, stock: 60 }],
  },
  {
    handle: "che-xanh-hoan-xuyen",
    title: "Chè xanh Hoan Xuyến",
    subtitle: "HTX Hoan Xuyến",
    description: "Chè xanh sao sấy truyền thống, nước xanh, vị chát dịu, hậu ngọt. Sản phẩm OCOP 3 sao.",
    option: "Khối lượng",
    variants: [{ title: "200 g", sku: "HX-XANH-200", priceVnd: 150_000, stock: 80 }],
  },
  {
    handle: "gao-adi28-pho-yen",
    title: "Gạo ADI28 Phổ Yên",
    subtitle: "Vùng lúa Phổ Yên",
    description: "Gạo ADI28 trồng ở Phổ Yên, hạt thon dài, cơm dẻo và thơm.",
    option: "Khối lượng",
    variants: [{ title: "5 kg", sku: "PY-ADI28-5KG", priceVnd: 120_000, stock: 200 }],
  },
]
