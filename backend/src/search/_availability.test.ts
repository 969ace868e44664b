// The leading underscore keeps Medusa from loading this file as a search index
// definition: it imports every other file under src/search/ when it starts.
import { describe, expect, it } from "vitest"
import { productInStock, variantAvailable } from "./availability"

// Medusa returns quantities as numbers or, for big numbers, as strings.
const level = (stocked: number | string, reserved: number | string = 0) => ({ stocked_quantity: stocked, reserved_quantity: reserved })
const counted = (levels: ReturnType<typeof level>[], required = 1) => ({
  manage_inventory: true,
  allow_backorder: false,
  inventory_items: [{ required_quantity: required, inventory: { location_levels: levels } }],
})

describe("variantAvailable", () => {
  it("counts unreserved units over every location", () => {
    expect(variantAvailable(counted([level(3, 3)]))).toBe(false)
    expect(variantAvailable(counted([level(3, 3), level(1)]))).toBe(true)
    expect(variantAvailable(counted([level(0)]))).toBe(false)
  })

  it("needs enough units of every inventory item for one variant", () => {
    expect(variantAvailable(counted([level(5)], 6))).toBe(false)
    expect(variantAvailable(counted([level("6")], 6))).toBe(true)
    const kit = counted([level(4)])
    kit.inventory_items.push({ required_quantity: 1, inventory: { location_levels: [level(0)] } })
    expect(variantAvailable(kit)).toBe(false)
  })

  it("sells what is not counted or may be back-ordered, not a counted variant with no inventory item", () => {
    expect(variantAvailable({ manage_inventory: false, inventory_items: [] })).toBe(true)
    expect(variantAvailable({ ...counted([level(0)]), allow_backorder: true })).toBe(true)
    expect(variantAvailable({ manage_inventory: true, inventory_items: [] })).toBe(false)
  })
})

describe("productInStock", () => {
  it("is in stock while any variant is", () => {
    expect(productInStock([counted([level(0)]), counted([level(2)])])).toBe(true)
    expect(productInStock([counted([level(0)]), counted([level(1, 1)])])).toBe(false)
    expect(productInStock([])).toBe(false)
  })
})
