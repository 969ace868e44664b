import type { FieldProblem } from "../errors.js";
import { searchKey, spellingKey } from "./search.js";
import { UNITS } from "./units.data.js";

/**
 * Vietnam's administrative units since 1 July 2025: 34 provinces and
 * centrally-run cities, each made of communes (xã), wards (phường) and special
 * zones (đặc khu); districts are gone. Data: ./units.data.ts (source, date and
 * licence in ./README.md).
 */
export type Province = { code: string; name: string; fullName: string };
export type Commune = { code: string; name: string };

export const PROVINCES: readonly Province[] = UNITS.map(([code, name, fullName]) => ({ code, name, fullName }));

const communes = new Map<string, readonly Commune[]>();

/** A province's communes, wards and special zones, by their official names ("Phường Phan Đình Phùng"). */
export function communesOf(province: Province): readonly Commune[] {
  let list = communes.get(province.code);
  if (!list) {
    const packed = UNITS.find(([code]) => code === province.code)?.[3] ?? "";
    list = packed.split("|").map((entry) => ({ code: entry.slice(0, 5), name: entry.slice(6) }));
    communes.set(province.code, list);
  }
  return list;
}

const TYPES = /^(tỉnh|thành phố|xã|phường|đặc khu)\s+/iu;
const withoutType = (name: string) => name.normalize("NFC").replace(TYPES, "");

/**
 * The one entry `text` names: its code, or its name spelt as written (with or
 * without its type: "Tỉnh", "Phường"…), else written without diacritics when
 * only one entry reads that way ("Văn Lăng" and "Văn Lang" need their marks).
 */
function pick<T extends { code: string; name: string }>(list: readonly T[], text: string, names: (entry: T) => string[]): T | undefined {
  const wanted = text.trim();
  if (wanted === "") return undefined;
  const byCode = list.find((entry) => entry.code === wanted);
  if (byCode) return byCode;
  const one = (key: (name: string) => string) => {
    const matches = list.filter((entry) => names(entry).some((name) => key(name) === key(wanted)));
    return matches.length === 1 ? matches[0] : undefined;
  };
  return one(spellingKey) ?? one((name) => spellingKey(withoutType(name))) ?? one((name) => searchKey(withoutType(name)));
}

/** The province `text` names ("Thái Nguyên", "Tỉnh Thái Nguyên", "19", "thai nguyen"), if any. */
export function findProvince(text: string): Province | undefined {
  return pick(PROVINCES, text, (p) => [p.name, p.fullName]);
}

/** The commune, ward or special zone of `province` that `text` names, if any. */
export function findCommune(province: Province, text: string): Commune | undefined {
  return pick(communesOf(province), text, (c) => [c.name]);
}

/**
 * What is wrong with a province and commune pair, as the shared 400 shape's
 * `fields` (none: both exist and the commune is in the province). `fields`
 * names the two inputs as the form or route calls them.
 */
export function addressPairProblems(input: { province: string; commune: string }, fields: { province: string; commune: string }): FieldProblem[] {
  const province = findProvince(input.province);
  if (!province) return [{ field: fields.province, code: "unknown_province", params: { received: input.province } }];
  if (findCommune(province, input.commune)) return [];
  return [{ field: fields.commune, code: "commune_not_in_province", params: { commune: input.commune, province: province.name } }];
}
