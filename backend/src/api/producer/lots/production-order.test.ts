import { describe, expect, it } from "vitest"
import { byProductionDate } from "./production-order"

describe("byProductionDate", () => {
  it("orders lots by the date they were made, newest first, whenever they were entered", () => {
    const lots = [
      { id: "entered-last-made-first", produced_at: "2026-01-05", created_at: "2026-12-01T00:00:00Z" },
      { id: "packed-only", packed_at: "2026-06-01", created_at: "2026-02-01T00:00:00Z" },
      { id: "harvested-only", harvested_at: "2026-03-01", created_at: "2026-11-01T00:00:00Z" },
      { id: "no-dates", created_at: "2026-04-01T00:00:00Z" },
      { id: "made-latest", produced_at: "2026-09-09", packed_at: "2026-01-01", created_at: "2026-01-01T00:00:00Z" },
    ]
    expect(byProductionDate(lots).map((l) => l.id)).toEqual(["made-latest", "packed-only", "no-dates", "harvested-only", "entered-last-made-first"])
  })

  it("puts the later entered first among lots made the same day", () => {
    const lots = [
      { id: "a", produced_at: "2026-05-05", created_at: "2026-05-06T08:00:00Z" },
      { id: "b", produced_at: "2026-05-05", created_at: "2026-05-06T09:00:00Z" },
    ]
    expect(byProductionDate(lots).map((l) => l.id)).toEqual(["b", "a"])
  })
})
