import { describe, expect, it } from "vitest";
import { reshapeShowroom } from "../../lib/medusa/reshape-trade.ts";
import { mapUrl, stocking, telUrl } from "./showroom.ts";

const raw = {
  id: "shrm_1",
  handle: "trung-tam",
  name: "Trung tâm giới thiệu sản phẩm OCOP tỉnh Thái Nguyên",
  name_en: null,
  address: "Xã Thịnh Đức, tỉnh Thái Nguyên",
  place_handle: "thinh-duc",
  opening_hours: "7:30–21:00",
  opening_hours_en: null,
  phone: "0208 3855 555",
  lat: 21.5536,
  lng: 105.7902,
  sample: true,
  products: [{ id: "prod_tea", handle: "che-tom-non-hao-dat", title: "Chè tôm nõn Hảo Đạt" }],
};

describe("showrooms", () => {
  it("links the map to the coordinates when known", () => {
    expect(mapUrl(reshapeShowroom(raw))).toBe("https://www.google.com/maps/search/?api=1&query=21.5536%2C105.7902");
  });

  it("links the map to the name and address otherwise, encoded", () => {
    const url = new URL(mapUrl(reshapeShowroom({ ...raw, lat: null, lng: null })));
    expect(url.origin + url.pathname).toBe("https://www.google.com/maps/search/");
    expect(url.searchParams.get("query")).toBe("Trung tâm giới thiệu sản phẩm OCOP tỉnh Thái Nguyên, Xã Thịnh Đức, tỉnh Thái Nguyên");
  });

  it("finds the showrooms stocking a product", () => {
    const showroom = reshapeShowroom(raw);
    expect(stocking([showroom], "prod_tea")).toEqual([showroom]);
    expect(stocking([showroom], "prod_other")).toEqual([]);
  });

  it("dials the digits of a phone number", () => {
    expect(telUrl("0208 3855-555")).toBe("tel:02083855555");
  });
});
