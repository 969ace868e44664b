import { describe, expect, inject, it } from "vitest";
import { storeApi } from "../harness/store-api.ts";

/**
 * A Vietnamese address is one of the 34 provinces of 2025 and a commune or ward
 * of that province (README, "Forms"): the backend refuses any other pair from
 * any client with the shared 400 shape, and stores nothing.
 */
const { store } = storeApi(inject("platform"));

const address = { first_name: "Lê Thị Thử", last_name: "", phone: "0912345678", address_1: "2 Lương Ngọc Quyến", country_code: "vn" };

async function newCart(): Promise<string> {
  const regionId: string = (await store("/store/regions")).body.regions[0].id;
  return (await store("/store/carts", { region_id: regionId })).body.cart.id;
}

describe("Vietnamese addresses on the store API", () => {
  it("takes a commune of its province", async () => {
    const cartId = await newCart();
    const saved = await store(`/store/carts/${cartId}`, { shipping_address: { ...address, city: "Phường Phan Đình Phùng", province: "Thái Nguyên" } });
    expect(saved.status).toBe(200);
    expect(saved.body.cart.shipping_address).toMatchObject({ city: "Phường Phan Đình Phùng", province: "Thái Nguyên" });
  });

  it("refuses a commune of another province, naming it, and stores nothing", async () => {
    const cartId = await newCart();
    const refused = await store(`/store/carts/${cartId}`, { shipping_address: { ...address, city: "Phường Phan Đình Phùng", province: "Hà Nội" } });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ field: "shipping_address.city", code: "commune_not_in_province", params: { commune: "Phường Phan Đình Phùng", province: "Hà Nội" } }]);
    // Medusa may give a new cart an address holding only the region's country: no commune or province reached it.
    const kept = (await store(`/store/carts/${cartId}`)).body.cart.shipping_address;
    expect({ city: kept?.city ?? null, province: kept?.province ?? null }).toEqual({ city: null, province: null });
  });

  it("refuses a province that no longer exists", async () => {
    const cartId = await newCart();
    const refused = await store(`/store/carts/${cartId}`, { billing_address: { ...address, city: "Phường Đức Xuân", province: "Bắc Kạn" } });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ field: "billing_address.province", code: "unknown_province", params: { received: "Bắc Kạn" } }]);
  });
});
