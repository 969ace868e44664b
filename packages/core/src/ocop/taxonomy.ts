/**
 * The OCOP program's 6 product groups and 26 product sets (Decision 148/QĐ-TTg,
 * 2023; see shared/OCOP.md). Codes are ours and stable: they appear in URLs.
 */
export type Bilingual = { vi: string; en: string };

export type ProductGroup = { code: string; name: Bilingual; shippable: boolean };
export type ProductSet = { code: string; group: string; name: Bilingual };

export const PRODUCT_GROUPS: readonly ProductGroup[] = [
  { code: "food", name: { vi: "Thực phẩm", en: "Food" }, shippable: true },
  { code: "beverages", name: { vi: "Đồ uống", en: "Beverages" }, shippable: true },
  { code: "herbal", name: { vi: "Thảo dược", en: "Herbal products" }, shippable: true },
  { code: "handicrafts", name: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" }, shippable: true },
  { code: "ornamental", name: { vi: "Sinh vật cảnh", en: "Ornamental flowers, plants and animals" }, shippable: true },
  // Services are booked or visited, never put in a parcel.
  {
    code: "tourism",
    name: { vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", en: "Community and eco-tourism services and sites" },
    shippable: false,
  },
];

const set = (code: string, group: string, vi: string, en: string): ProductSet => ({ code, group, name: { vi, en } });

export const PRODUCT_SETS: readonly ProductSet[] = [
  set("fresh-produce", "food", "Rau, củ, quả, hạt tươi", "Fresh vegetables, fruit and nuts"),
  set("fresh-animal", "food", "Thịt, thủy sản, trứng, sữa tươi", "Fresh meat, aquatic products, eggs and milk"),
  set("rice-cereals", "food", "Gạo, ngũ cốc", "Rice and cereals"),
  set("honey-raw", "food", "Mật ong, sản phẩm từ mật ong và sơ chế khác", "Honey and other raw or semi-processed products"),
  set("fast-food", "food", "Đồ ăn nhanh", "Fast food"),
  set("processed-cereals", "food", "Chế biến từ gạo, ngũ cốc", "Processed from rice and cereals"),
  set("processed-produce", "food", "Chế biến từ rau, củ, quả, hạt", "Processed from vegetables, fruit and nuts"),
  set("processed-animal", "food", "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong", "Processed from meat, eggs, milk, aquatic products and honey"),
  set("sauces", "food", "Tương, nước mắm, gia vị dạng lỏng", "Sauces and fish sauce"),
  set("spices", "food", "Gia vị khác", "Other spices"),
  set("tea", "food", "Chè và các sản phẩm từ chè", "Tea, fresh or processed"),
  set("herbal-tea", "food", "Trà thảo mộc và sản phẩm từ thực vật khác", "Herbal teas from other plants"),
  set("coffee-cocoa", "food", "Cà phê, ca cao", "Coffee and cocoa"),
  set("liquor", "beverages", "Rượu trắng", "White liquor"),
  set("other-alcohol", "beverages", "Đồ uống có cồn khác", "Other alcoholic drinks"),
  set("water", "beverages", "Nước khoáng, nước uống đóng chai", "Mineral and bottled water"),
  set("soft-drinks", "beverages", "Đồ uống không cồn khác", "Other non-alcoholic drinks"),
  set("functional-medicine", "herbal", "Thực phẩm chức năng, thuốc từ dược liệu, thuốc y học cổ truyền", "Functional foods and traditional medicines"),
  set("herbal-cosmetics", "herbal", "Mỹ phẩm có thành phần từ thảo dược", "Herbal cosmetics"),
  set("essential-oils", "herbal", "Tinh dầu và thảo dược khác", "Essential oils and other herbal products"),
  set("household-crafts", "handicrafts", "Đồ gia dụng, trang trí", "Household and decorative crafts"),
  set("fabric-garments", "handicrafts", "Vải, may mặc", "Fabric and garments"),
  set("flowers", "ornamental", "Hoa", "Flowers"),
  set("ornamental-plants", "ornamental", "Cây cảnh", "Ornamental plants"),
  set("ornamental-animals", "ornamental", "Động vật cảnh", "Ornamental animals"),
  set("tourism", "tourism", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", "Community and eco-tourism services and sites"),
];

/** The set with this code, or undefined. */
export function findProductSet(code: string): ProductSet | undefined {
  return PRODUCT_SETS.find((s) => s.code === code);
}

/** The group a product set belongs to. */
export function groupOfSet(code: string): ProductGroup | undefined {
  const found = findProductSet(code);
  return found && PRODUCT_GROUPS.find((g) => g.code === found.group);
}
