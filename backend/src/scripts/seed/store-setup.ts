import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { PAYMENT_PROVIDER } from "@ocop/core"

type Container = ExecArgs["container"]

/** The publishable key the storefront uses; `npm start` looks it up by this title. */
export const STOREFRONT_KEY_TITLE = "OCOP storefront"
export const SALES_CHANNEL_NAME = "OCOP Thái Nguyên online"
export const REGION_NAME = "Việt Nam"
export const WAREHOUSE_NAME = "Kho Trung tâm OCOP Thái Nguyên"

export type StoreSetup = {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
}

/**
 * Creates the Vietnam region (VND), the sales channel, the storefront's publishable
 * key, the provincial warehouse and a shipping profile. Each part is looked up first,
 * so a run that stopped half-way can be run again without doubling anything.
 */
export async function setUpStore(container: Container): Promise<StoreSetup> {
  const storeService = container.resolve(Modules.STORE)
  const channelService = container.resolve(Modules.SALES_CHANNEL)
  const regionService = container.resolve(Modules.REGION)
  const locationService = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const apiKeyService = container.resolve(Modules.API_KEY)
  const taxService = container.resolve(Modules.TAX)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const [store] = await storeService.listStores()

  let [channel] = await channelService.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến" }] },
    })
    channel = result[0]
  }

  let [region] = await regionService.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "vnd",
            countries: ["vn"],
            payment_providers: paymentProviders(),
          },
        ],
      },
    })
    region = result[0]
  } else {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: paymentProviders() } },
    })
  }

  if ((await taxService.listTaxRegions({ country_code: "vn" })).length === 0) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "vn", provider_id: "tp_system" }],
    })
  }

  let [location] = await locationService.listStockLocations({ name: WAREHOUSE_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: WAREHOUSE_NAME,
            address: { address_1: "Phường Phan Đình Phùng", city: "Thái Nguyên", country_code: "VN" },
          },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [channel.id] },
    })
  }

  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Hàng hoá tiêu chuẩn", type: "default" }] },
    })
    profile = result[0]
  }

  await setUpShipping(container, location.id, profile.id)

  let [key] = await apiKeyService.listApiKeys({ title: STOREFRONT_KEY_TITLE, type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [channel.id] },
    })
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "OCOP Thái Nguyên",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: channel.id,
        default_region_id: region.id,
        default_location_id: location.id,
      },
    },
  })

  return {
    salesChannelId: channel.id,
    regionId: region.id,
    stockLocationId: location.id,
    shippingProfileId: profile.id,
  }
}

/** Cash on delivery and VietQR always; Stripe when it is configured (see medusa-config.ts). */
function paymentProviders(): string[] {
  return [PAYMENT_PROVIDER.cod, PAYMENT_PROVIDER.vietqr, ...(process.env.STRIPE_API_KEY ? [PAYMENT_PROVIDER.stripe] : [])]
}

export const FULFILLMENT_SET_NAME = "Giao hàng toàn quốc"

/** Shipping options buyers choose from, in whole đồng. Pick-up is at the provincial OCOP showroom. */
export const SHIPPING_OPTIONS = [
  { code: "standard", name: "Chuyển phát tiêu chuẩn (3–5 ngày)", label: "Standard post (3–5 days)", amount: 30000 },
  { code: "express", name: "Chuyển phát nhanh (1–2 ngày)", label: "Express (1–2 days)", amount: 55000 },
  { code: "pickup", name: "Nhận tại Trung tâm OCOP tỉnh Thái Nguyên", label: "Pick up at the Thái Nguyên OCOP showroom", amount: 0 },
] as const

/**
 * A Vietnam-wide service zone from the provincial warehouse, with the three
 * shipping options. Looked up first, like everything here.
 */
async function setUpShipping(container: Container, locationId: string, shippingProfileId: string) {
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  let [set] = await fulfillmentService.listFulfillmentSets({ name: FULFILLMENT_SET_NAME }, { relations: ["service_zones"] })
  if (!set) {
    set = await fulfillmentService.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: [{ name: "Việt Nam", geo_zones: [{ type: "country", country_code: "vn" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
  }
  const zoneId = set.service_zones[0]?.id
  if (!zoneId) throw new Error(`Fulfillment set ${FULFILLMENT_SET_NAME} has no service zone.`)
  const existing = new Set((await fulfillmentService.listShippingOptions({ service_zone: { id: zoneId } })).map((o) => o.name))
  const missing = SHIPPING_OPTIONS.filter((o) => !existing.has(o.name))
  if (!missing.length) return
  await createShippingOptionsWorkflow(container).run({
    input: missing.map((option) => ({
      name: option.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zoneId,
      shipping_profile_id: shippingProfileId,
      type: { label: option.label, description: option.name, code: option.code },
      prices: [{ currency_code: "vnd", amount: option.amount }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
}
