import type { SeedCertificate } from "../ocop-types"

/** Paragraphs of a product story, joined with a blank line (plain text). */
export const story = (...paragraphs: string[]): string => paragraphs.join("\n\n")

export const MARD = "Bộ Nông nghiệp và Phát triển nông thôn"
export const MAE = "Bộ Nông nghiệp và Môi trường"
export const PROVINCE = "UBND tỉnh Thái Nguyên"
export const BAC_KAN = "UBND tỉnh Bắc Kạn"
/** Each issuer's name in English (People's Committee: UBND). */
export const ISSUERS_EN: Record<string, string> = {
  [MARD]: "Ministry of Agriculture and Rural Development",
  [MAE]: "Ministry of Agriculture and Environment",
  [PROVINCE]: "Thái Nguyên Provincial People's Committee",
  [BAC_KAN]: "Bắc Kạn Provincial People's Committee",
  "UBND thành phố Thái Nguyên": "Thái Nguyên City People's Committee",
  "UBND thành phố Phổ Yên": "Phổ Yên City People's Committee",
  "UBND huyện Ba Bể": "Ba Bể District People's Committee",
  "UBND huyện Bạch Thông": "Bạch Thông District People's Committee",
  "UBND huyện Ngân Sơn": "Ngân Sơn District People's Committee",
  "UBND huyện Phú Bình": "Phú Bình District People's Committee",
  "UBND huyện Phú Lương": "Phú Lương District People's Committee",
  "UBND huyện Đại Từ": "Đại Từ District People's Committee",
  "UBND huyện Định Hóa": "Định Hóa District People's Committee",
  "UBND huyện Đồng Hỷ": "Đồng Hỷ District People's Committee",
}
export const OLD = "1048/QĐ-TTg" as const
export const NEW = "148/QĐ-TTg" as const

/** The 2023 district round of Đồng Hỷ (3★). */
export const dongHy2023 = (score: number): SeedCertificate => ({
  stars: 3,
  score,
  decision_number: "3896/QĐ-UBND",
  decision_date: "2023-12-20",
  issuer: "UBND huyện Đồng Hỷ",
  issuer_level: "district",
  criteria_set: NEW,
})

/** The 2026 provincial re-evaluation round (3★ has been certified by the province since July 2025). */
export const province2026 = (score: number): SeedCertificate => ({
  stars: 3,
  score,
  decision_number: "2870/QĐ-UBND",
  decision_date: "2026-09-28",
  issuer: PROVINCE,
  issuer_level: "province",
  criteria_set: NEW,
})
