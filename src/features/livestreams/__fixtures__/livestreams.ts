import type { Livestream } from "../livestream.ts";

/** A tea livestream on Facebook, 19:00–20:30 Vietnam time on 5 December 2026, featuring one product. */
export const teaLivestream: Livestream = {
  id: "lstr_tea",
  slug: "che-tan-cuong",
  title: { vi: "Live chè Tân Cương, chè; đinh", en: "Tân Cương tea live" },
  platform: "facebook",
  host: "HTX Chè Hảo Đạt",
  startsAt: new Date("2026-12-05T12:00:00Z"),
  endsAt: new Date("2026-12-05T13:30:00Z"),
  replayUrl: null,
  products: [{ id: "prod_tea", handle: "che-tom-non-hao-dat", title: "Chè tôm nõn Hảo Đạt" }],
  updatedAt: new Date("2026-11-29T08:00:00Z"),
};

/** A honey livestream a week earlier, with a replay. */
export const honeyReplay: Livestream = {
  ...teaLivestream,
  id: "lstr_honey",
  slug: "mat-ong",
  title: { vi: "Mật ong Phúc Thành", en: null },
  platform: "youtube",
  startsAt: new Date("2026-11-28T12:00:00Z"),
  endsAt: new Date("2026-11-28T13:00:00Z"),
  replayUrl: "https://www.youtube.com/watch?v=demo",
  products: [{ id: "prod_honey", handle: "mat-ong-phuc-thanh", title: "Mật ong Phúc Thành" }],
};
