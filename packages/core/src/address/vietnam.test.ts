import { describe, expect, it } from "vitest";
import { matchesSearch, searchKey, spellingKey } from "./search.ts";
import { addressPairProblems, communesOf, findCommune, findProvince, PROVINCES } from "./vietnam.ts";

const fields = { province: "province", commune: "ward" };
const thaiNguyen = () => {
  const province = findProvince("Thái Nguyên");
  if (!province) throw new Error("Thái Nguyên is missing");
  return province;
};

describe("Vietnam's provinces and communes of 2025", () => {
  it("has the 34 provinces and cities and their 3,321 communes, wards and special zones", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(PROVINCES.reduce((sum, p) => sum + communesOf(p).length, 0)).toBe(3321);
    expect(findProvince("Bắc Kạn")).toBeUndefined(); // merged into Thái Nguyên
    expect(communesOf(thaiNguyen())).toHaveLength(92);
  });

  it("names every commune with its type", () => {
    for (const province of PROVINCES) for (const commune of communesOf(province)) expect(commune.name).toMatch(/^(Xã|Phường|Đặc khu) \S/);
  });

  it("finds a province by name, full name, code, tone placement or without diacritics", () => {
    expect(findProvince("Tỉnh Thái Nguyên")?.code).toBe("19");
    expect(findProvince("19")?.name).toBe("Thái Nguyên");
    expect(findProvince("Thanh Hóa")?.name).toBe("Thanh Hoá");
    expect(findProvince("thai nguyen")?.name).toBe("Thái Nguyên");
    expect(findProvince("TP Hồ Chí Minh")).toBeUndefined();
    expect(findProvince("")).toBeUndefined();
  });

  it("finds a commune of a province, with or without its type", () => {
    expect(findCommune(thaiNguyen(), "Phường Phan Đình Phùng")?.code).toBe("05443");
    expect(findCommune(thaiNguyen(), "phan dinh phung")?.name).toBe("Phường Phan Đình Phùng");
    expect(findCommune(thaiNguyen(), "Phường Hoàn Kiếm")).toBeUndefined();
  });

  it("needs the diacritics where two communes differ only by them", () => {
    expect(findCommune(thaiNguyen(), "Xã Văn Lăng")?.name).toBe("Xã Văn Lăng");
    expect(findCommune(thaiNguyen(), "Xã Văn Lang")?.name).toBe("Xã Văn Lang");
    expect(findCommune(thaiNguyen(), "xa van lang")).toBeUndefined();
  });

  it("checks the pair", () => {
    expect(addressPairProblems({ province: "Thái Nguyên", commune: "Phường Phan Đình Phùng" }, fields)).toEqual([]);
    expect(addressPairProblems({ province: "Hà Nội", commune: "Phường Phan Đình Phùng" }, fields)).toEqual([
      { field: "ward", code: "commune_not_in_province", params: { commune: "Phường Phan Đình Phùng", province: "Hà Nội" } },
    ]);
    expect(addressPairProblems({ province: "Bắc Kạn", commune: "Phường Đức Xuân" }, fields)).toEqual([
      { field: "province", code: "unknown_province", params: { received: "Bắc Kạn" } },
    ]);
    expect(addressPairProblems({ province: "Thái Nguyên", commune: "" }, fields)[0]?.code).toBe("commune_not_in_province");
  });
});

describe("matching as people type", () => {
  it("folds diacritics, đ, case and spaces", () => {
    expect(searchKey("  Đắk   Lắk ")).toBe("dak lak");
    expect(spellingKey("Thanh Hoá")).toBe(spellingKey("thanh hóa"));
    expect(spellingKey("Văn Lăng")).not.toBe(spellingKey("Văn Lang"));
  });

  it("finds Thái Nguyên from 'thai ng' and not Thanh Hoá", () => {
    const found = PROVINCES.filter((p) => matchesSearch(p.name, "thai ng")).map((p) => p.name);
    expect(found).toEqual(["Thái Nguyên"]);
    expect(matchesSearch("Thanh Hoá", "Thái Ng")).toBe(false);
    expect(matchesSearch("Hồ Chí Minh", "chi minh")).toBe(true);
    expect(matchesSearch("Hồ Chí Minh", "")).toBe(true);
  });
});
