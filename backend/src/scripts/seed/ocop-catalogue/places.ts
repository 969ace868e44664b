import type { SeedPlace } from "../ocop-types"

/** Communes of Thái Nguyên (after the 2025 merger) with their former districts. */
export const places: SeedPlace[] = [
  { handle: "tan-cuong", commune: "Tân Cương", province: "Thái Nguyên", historical_district: "TP Thái Nguyên" },
  { handle: "thinh-duc", commune: "Thịnh Đức", province: "Thái Nguyên", historical_district: "TP Thái Nguyên" },
  { handle: "hoa-thuong", commune: "Hóa Thượng", province: "Thái Nguyên", historical_district: "Đồng Hỷ" },
  { handle: "trai-cau", commune: "Trại Cau", province: "Thái Nguyên", historical_district: "Đồng Hỷ" },
  { handle: "vo-tranh", commune: "Vô Tranh", province: "Thái Nguyên", historical_district: "Phú Lương" },
  { handle: "hop-thanh", commune: "Hợp Thành", province: "Thái Nguyên", historical_district: "Phú Lương" },
  { handle: "phu-luong", commune: "Phú Lương", province: "Thái Nguyên", historical_district: "Phú Lương" },
  { handle: "la-bang", commune: "La Bằng", province: "Thái Nguyên", historical_district: "Đại Từ" },
  { handle: "la-hien", commune: "La Hiên", province: "Thái Nguyên", historical_district: "Võ Nhai" },
  { handle: "pho-yen", commune: "Phổ Yên", province: "Thái Nguyên", historical_district: "TP Phổ Yên" },
  { handle: "song-cong", commune: "Sông Công", province: "Thái Nguyên", historical_district: "TP Sông Công" },
  { handle: "phu-binh", commune: "Phú Bình", province: "Thái Nguyên", historical_district: "Phú Bình" },
  { handle: "dinh-hoa", commune: "Định Hóa", province: "Thái Nguyên", historical_district: "Định Hóa" },
  { handle: "na-ri", commune: "Na Rì", province: "Thái Nguyên", historical_district: "Na Rì" },
  { handle: "ba-be", commune: "Ba Bể", province: "Thái Nguyên", historical_district: "Ba Bể" },
  { handle: "ngan-son", commune: "Ngân Sơn", province: "Thái Nguyên", historical_district: "Ngân Sơn" },
  { handle: "bach-thong", commune: "Bạch Thông", province: "Thái Nguyên", historical_district: "Bạch Thông" },
  { handle: "cho-don", commune: "Chợ Đồn", province: "Thái Nguyên", historical_district: "Chợ Đồn" },
]
