import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

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
            payment_providers: ["pp_system_default"],
          },
        ],
      },
    })
    region = result[0]
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
