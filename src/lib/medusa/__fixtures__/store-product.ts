import type { HttpTypes } from "@medusajs/types";

/** A Store API product as Medusa 2.21 returns it with calculated prices and stock. */
export const teaWithTwoVariants = {
  id: "prod_tea",
  handle: "che-tom-non-hao-dat",
  title: "Chè tôm nõn Hảo Đạt",
  subtitle: "HTX Chè Hảo Đạt",
  description: "Chè tôm nõn",
  thumbnail: null,
  variants: [
    {
      id: "variant_100",
      title: "100 g",
      sku: "HD-TOMNON-100",
      manage_inventory: true,
      inventory_quantity: 40,
      calculated_price: { calculated_amount: 250000, currency_code: "vnd" },
    },
    {
      id: "variant_gift",
      title: "Hộp quà",
      sku: null,
      manage_inventory: false,
      inventory_quantity: null,
      calculated_price: null,
    },
  ],
} as unknown as HttpTypes.StoreProduct;

/** A product whose variants were not requested (Medusa leaves the field out). */
export const productWithoutVariants = {
  id: "prod_bare",
  handle: "bare",
  title: "Bare",
  subtitle: null,
  description: null,
  thumbnail: null,
} as unknown as HttpTypes.StoreProduct;
