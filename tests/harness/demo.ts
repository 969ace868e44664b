/** Who and where the tests buy and work as: the demo staff user and a real delivery address. */

/** The demo staff user (DEMO_STAFF in scripts/platform/backend.ts; README, "Demo accounts"). */
export const STAFF = { email: "admin@ocop-demo.vn", password: "ocop-demo-2026" };

/** A Medusa address on a real 2025 commune of its province, as the store routes check. */
export const TEST_ADDRESS = {
  first_name: "Lê Thị Thử",
  last_name: "",
  phone: "0912345678",
  address_1: "2 Lương Ngọc Quyến",
  city: "Phường Phan Đình Phùng",
  province: "Thái Nguyên",
  country_code: "vn",
};
