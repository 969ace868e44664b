import type { IssuerLevel } from "@ocop/core"

/** Shapes of the demo OCOP catalogue (data in ocop-catalogue.ts). All content is sample data. */
export type SeedPlace = {
  handle: string
  commune: string
  province: string
  /** District before 1 July 2025, kept as a historical label; null where none applies. */
  historical_district: string | null
}

export type SeedProducer = {
  handle: string
  legal_name: string
  legal_name_en: string
  entity_type: "cooperative" | "cooperative_group" | "enterprise" | "household"
  women_led: boolean
  ethnic_minority_led: boolean
  circular_green: boolean
  modern_channels: boolean
  place: string // SeedPlace.handle
  address: string
  phone: string
  story_vi: string
  story_en: string
}

export type SeedCertificate = {
  stars: 3 | 4 | 5
  score: number
  decision_number: string
  /** ISO date, YYYY-MM-DD. */
  decision_date: string
  issuer: string
  issuer_level: IssuerLevel
  criteria_set: "1048/QĐ-TTg" | "148/QĐ-TTg"
  /** Set only for the demo's revoked certificate. */
  revoked?: { date: string; reason: string }
}

export type SeedProduct = {
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  story_vi: string
  story_en: string
  product_set: string // taxonomy.ts PRODUCT_SETS code
  producer: string // SeedProducer.handle
  place: string // SeedPlace.handle
  /** Option name shown to buyers, e.g. "Khối lượng" or "Số khách". */
  option: string
  /** `title_en` where the title has words to translate ("Hộp 100 g"), not for "100 g". */
  variants: { title: string; title_en?: string; sku: string; price_vnd: number; stock: number }[]
  /** Oldest first; a renewal is a later certificate for the same product. Empty: not (or no longer) OCOP-rated. */
  certificates: SeedCertificate[]
  featured?: boolean
  /** Tourism services: places per date and when the visitor pays (product metadata, @ocop/core bookingSettingsOf). */
  booking?: { capacity: number; payment: "vietqr" | "arrival" }
}
