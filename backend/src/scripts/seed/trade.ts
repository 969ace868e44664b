import type { ExecArgs } from "@medusajs/framework/types"
import type { Platform } from "@ocop/core"
import { LIVESTREAMS_MODULE } from "../../modules/livestreams"
import type LivestreamsModuleService from "../../modules/livestreams/service"
import { SHOWROOMS_MODULE } from "../../modules/showrooms"
import type ShowroomsModuleService from "../../modules/showrooms/service"

type Container = ExecArgs["container"]

/**
 * The trade department's demo livestreams and points of sale. All sample data:
 * the titles and names say so, the platform pages are made up, and the
 * showrooms' addresses, phones and coordinates are approximate inventions
 * (the provincial showroom's name is real). Livestream times are relative to the
 * seed: none is live then, since "now" moves on (tests make their own live one).
 */
const DAY = 86_400_000

/** 20:00 in Vietnam (13:00 UTC), `days` from today. */
const evening = (days: number) => {
  const at = new Date(Date.now() + days * DAY)
  at.setUTCHours(13, 0, 0, 0)
  return at
}

const livestreams = (): {
  slug: string
  title_vi: string
  title_en: string
  platform: Platform
  url: string
  host: string
  starts_at: Date
  minutes: number
  products: string[]
  replay_url: string | null
}[] => [
  {
    slug: "che-tan-cuong-hao-dat-demo",
    title_vi: "Live chè Tân Cương cùng HTX Chè Hảo Đạt (dữ liệu mẫu)",
    title_en: "Tân Cương tea live with Hảo Đạt cooperative (sample data)",
    platform: "facebook",
    url: "https://www.facebook.com/ocop.thainguyen.demo/live",
    host: "HTX Chè Hảo Đạt (mẫu)",
    starts_at: evening(7),
    minutes: 90,
    products: ["che-tom-non-hao-dat", "che-dinh-tan-cuong-hao-dat"],
    replay_url: null,
  },
  {
    slug: "mien-dong-viet-cuong-demo",
    title_vi: "Miến dong Việt Cường: nấu gì cho bữa tối (dữ liệu mẫu)",
    title_en: "Việt Cường arrowroot noodles: what to cook tonight (sample data)",
    platform: "tiktok",
    url: "https://www.tiktok.com/@ocop.thainguyen.demo/live",
    host: "HTX Miến Việt Cường (mẫu)",
    starts_at: evening(9),
    minutes: 60,
    products: ["mien-viet-cuong", "mien-dong-tai-hoan"],
    replay_url: null,
  },
  {
    slug: "mat-ong-phuc-thanh-demo",
    title_vi: "Mật ong Phúc Thành: từ tổ ong đến hũ (dữ liệu mẫu)",
    title_en: "Phúc Thành honey: from the hive to the jar (sample data)",
    platform: "youtube",
    url: "https://www.youtube.com/@ocop-thainguyen-demo/live",
    host: "Sở Công Thương (mẫu)",
    starts_at: evening(-7),
    minutes: 75,
    products: ["mat-ong-phuc-thanh"],
    replay_url: "https://www.youtube.com/watch?v=ocopDemo001",
  },
]

export async function seedLivestreams(container: Container, productIds: Map<string, string>): Promise<number> {
  const service: LivestreamsModuleService = container.resolve(LIVESTREAMS_MODULE)
  let created = 0
  for (const { minutes, products, ...demo } of livestreams()) {
    if ((await service.listLivestreams({ slug: demo.slug }, { select: ["id"] })).length) continue
    await service.createLivestreams({
      ...demo,
      ends_at: new Date(demo.starts_at.getTime() + minutes * 60_000),
      product_ids: products.flatMap((handle) => productIds.get(handle) ?? []),
    })
    created++
  }
  return created
}

const showrooms = [
  {
    handle: "trung-tam-ocop-thai-nguyen",
    name: "Trung tâm giới thiệu sản phẩm OCOP tỉnh Thái Nguyên",
    name_en: "Thái Nguyên provincial OCOP showroom",
    address: "Xã Thịnh Đức, tỉnh Thái Nguyên (địa chỉ mẫu)",
    place_handle: "thinh-duc",
    opening_hours: "Thứ Hai – Chủ nhật, 7:30–21:00 (giờ mẫu)",
    opening_hours_en: "Monday – Sunday, 7:30–21:00 (sample hours)",
    phone: "0208 0000 001",
    lat: 21.5536,
    lng: 105.7902,
    products: [
      "che-tom-non-hao-dat",
      "che-dinh-tan-cuong-hao-dat",
      "tra-tom-non-dat-phat",
      "non-tam-tra-hoan-xuyen",
      "mien-viet-cuong",
      "mien-dong-tai-hoan",
      "mat-ong-phuc-thanh",
      "mang-kho-luc-truc-mtq",
      "gao-bao-thai-dinh-hoa",
      "keo-lac-che-xanh-hao-dat",
    ],
  },
  {
    handle: "quay-ocop-tan-cuong-mau",
    name: "Quầy OCOP Tân Cương (điểm bán mẫu)",
    name_en: "Tân Cương OCOP counter (sample point of sale)",
    address: "Xã Tân Cương, tỉnh Thái Nguyên (địa chỉ mẫu)",
    place_handle: "tan-cuong",
    opening_hours: "Hằng ngày, 8:00–18:00 (giờ mẫu)",
    opening_hours_en: "Daily, 8:00–18:00 (sample hours)",
    phone: "0208 0000 002",
    lat: 21.5744,
    lng: 105.7594,
    products: ["che-tom-non-hao-dat", "che-dinh-tan-cuong-hao-dat", "che-moc-cau-hao-dat", "keo-lac-che-xanh-hao-dat"],
  },
  {
    handle: "cua-hang-dac-san-dinh-hoa-mau",
    name: "Cửa hàng đặc sản Định Hóa (điểm bán mẫu)",
    name_en: "Định Hóa specialties shop (sample point of sale)",
    address: "Xã Định Hóa, tỉnh Thái Nguyên (địa chỉ mẫu)",
    place_handle: "dinh-hoa",
    opening_hours: "Thứ Hai – Thứ Bảy, 7:00–17:30 (giờ mẫu)",
    opening_hours_en: "Monday – Saturday, 7:00–17:30 (sample hours)",
    phone: null,
    lat: 21.9098,
    lng: 105.6425,
    products: ["gao-bao-thai-dinh-hoa", "tra-giao-co-lam-dinh-hoa"],
  },
  {
    handle: "gian-hang-ocop-pho-yen-mau",
    name: "Gian hàng OCOP Phổ Yên (điểm bán mẫu)",
    name_en: "Phổ Yên OCOP stall (sample point of sale)",
    address: "Phường Phổ Yên, tỉnh Thái Nguyên (địa chỉ mẫu)",
    place_handle: "pho-yen",
    opening_hours: "Thứ Sáu – Chủ nhật, 8:00–20:00 (giờ mẫu)",
    opening_hours_en: "Friday – Sunday, 8:00–20:00 (sample hours)",
    phone: "0208 0000 004",
    lat: null,
    lng: null,
    products: ["gao-adi28-pho-yen", "na-la-hien", "mien-viet-cuong"],
  },
]

export async function seedShowrooms(container: Container, productIds: Map<string, string>): Promise<number> {
  const service: ShowroomsModuleService = container.resolve(SHOWROOMS_MODULE)
  let created = 0
  for (const { products, ...demo } of showrooms) {
    if ((await service.listShowrooms({ handle: demo.handle }, { select: ["id"] })).length) continue
    await service.createShowrooms({ ...demo, sample: true, product_ids: products.flatMap((handle) => productIds.get(handle) ?? []) })
    created++
  }
  return created
}
