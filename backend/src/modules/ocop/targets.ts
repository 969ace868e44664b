import type { ProgramKpiKey } from "@ocop/core"
/**
 * The targets of Thái Nguyên's OCOP plan for 2021–2025, in one place.
 *
 * Source: shared/OCOP.md, "The provincial plan's targets for 2021–2025 (Thái Nguyên)", which
 * summarises the province's OCOP plan as published by the provincial government and press. A new
 * plan is a change here only: the dashboard and its CSV read these.
 */

/** The plan's period, as Vietnamese calendar days (inclusive). */
export const PLAN_PERIOD = { from: "2021-01-01", to: "2025-12-31" } as const

/** 5★ products the province held when the plan began ("keep the two 5★"). */
export const FIVE_STAR_AT_PLAN_START = 2

/** The plan's indicators, named as the dashboard route answers them. */
export type TargetKey = ProgramKpiKey

export type Target = {
  key: TargetKey
  /** At least this many (a count) or this fraction (a share, 0–1). */
  min: number
  unit: "count" | "share"
  /** False where the platform holds no data to measure it; the dashboard says so rather than guess. */
  measured: boolean
}

export const PLAN_TARGETS: readonly Target[] = [
  // "at least 150 new products rated 3★ or more"
  { key: "new_products", min: 150, unit: "count", measured: true },
  // "keep the two 5★ and add at least four new 5★"
  { key: "new_five_star", min: 4, unit: "count", measured: true },
  { key: "five_star_valid", min: FIVE_STAR_AT_PLAN_START + 4, unit: "count", measured: true },
  // "upgrade at least 50% of already rated products"
  { key: "upgraded_share", min: 0.5, unit: "share", measured: true },
  // "entities: at least 70% cooperatives and 20% small and medium enterprises"
  { key: "cooperative_share", min: 0.7, unit: "share", measured: true },
  { key: "enterprise_share", min: 0.2, unit: "share", measured: true },
  // "at least 30% of entities in circular / green value chains"
  { key: "circular_green_share", min: 0.3, unit: "share", measured: true },
  // "at least 20% of workers trained with certificates": no training records on the platform
  { key: "trained_workers_share", min: 0.2, unit: "share", measured: false },
  // "at least 40% of entities women-led, at least 20% run by ethnic-minority people"
  { key: "women_led_share", min: 0.4, unit: "share", measured: true },
  { key: "ethnic_minority_led_share", min: 0.2, unit: "share", measured: true },
  // "at least 80% of entities selling in modern channels"
  { key: "modern_channels_share", min: 0.8, unit: "share", measured: true },
  // "at least one upgraded provincial showroom": showrooms are not recorded on the platform
  { key: "showrooms", min: 1, unit: "count", measured: false },
]
