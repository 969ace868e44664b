import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { expiryFor, issuerLevelFor, PRODUCT_SETS, vietnamDate } from "@ocop/core"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

const WORDS = ["chè", "trà", "miến", "mật ong", "gạo", "măng", "rượu", "nấm", "cao", "hồng", "na", "bánh", "tinh dầu", "thổ cẩm", "lan"]
const PLACES = ["Tân Cương", "Hóa Thượng", "Vô Tranh", "La Hiên", "Định Hóa", "Phú Bình", "Ba Bể", "Na Rì", "Đại Từ", "Phổ Yên"]

const ENTITY_WORDS = { cooperative: "Hợp tác xã", cooperative_group: "Tổ hợp tác", enterprise: "Công ty TNHH", household: "Hộ kinh doanh" } as const
const ENTITY_TYPES = Object.keys(ENTITY_WORDS) as (keyof typeof ENTITY_WORDS)[]

/**
 * Benchmark data, not demo data: BENCH_PRODUCTS synthetic OCOP products (default
 * 16,000, the national scale) spread over every product set, in batches, with
 * progress; with BENCH_PRODUCERS > 0, that many synthetic producers make them
 * (otherwise the demo's do). Run by `npm run bench:search` and `npm run bench`,
 * on their own database.
 */
export default async function benchCatalogue({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const total = Number(process.env.BENCH_PRODUCTS ?? 16_000)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  // The store's own channel (the seed's, which the storefront's key is scoped to), not whichever comes first.
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const [channel] = store?.default_sales_channel_id ? await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: store.default_sales_channel_id }) : []
  const places = await ocop.listOcopPlaces({}, { take: null })
  const benchProducers = Number(process.env.BENCH_PRODUCERS ?? 0)
  const producers = benchProducers > 0 ? await createProducers(ocop, places, benchProducers, logger) : await ocop.listOcopProducers({}, { take: null })
  if (!profile || !channel || producers.length === 0 || places.length === 0) throw new Error("Seed the demo catalogue first.")

  const batch = 250
  for (let start = 0; start < total; start += batch) {
    const size = Math.min(batch, total - start)
    const rows = Array.from({ length: size }, (_, i) => start + i)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: rows.map((n) => ({
          title: `${WORDS[n % WORDS.length]} ${PLACES[(n >> 3) % PLACES.length]} số ${n}`,
          handle: `bench-${n}`,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          options: [{ title: "Quy cách", values: ["1"] }],
          variants: [
            { title: "1", sku: `BENCH-${n}`, manage_inventory: false, options: { "Quy cách": "1" }, prices: [{ amount: 50_000 + (n % 90) * 10_000, currency_code: "vnd" }] },
          ],
          sales_channels: [{ id: channel.id }],
        })),
      },
    })
    const records = await ocop.createOcopProducts(
      result.map((_product, i) => ({
        product_set: PRODUCT_SETS[(start + i) % PRODUCT_SETS.length]?.code ?? "tea",
        title_en: `Benchmark product ${start + i}`,
        producer_id: producers[(start + i) % producers.length]?.id ?? "",
        place_id: places[(start + i) % places.length]?.id ?? "",
      })),
    )
    await link.create(result.map((p, i) => ({ [Modules.PRODUCT]: { product_id: p.id }, [OCOP_MODULE]: { ocop_product_id: records[i]?.id ?? "" } })))
    const decision = vietnamDate("2025-09-15")
    await ocop.createOcopCertificates(
      records.map((r, i) => {
        const stars = 3 + ((start + i) % 3)
        return {
          ocop_product_id: r.id,
          stars,
          score: [55, 75, 92][stars - 3] ?? 55,
          decision_number: `${1000 + i}/QĐ-BENCH`,
          decision_date: decision,
          issuer: "Benchmark",
          issuer_level: issuerLevelFor(stars, decision),
          criteria_set: "148/QĐ-TTg",
          expires_at: expiryFor(decision),
        }
      }),
    )
    logger.info(`bench catalogue: ${start + size} / ${total}`)
  }
}

/** `total` synthetic producers of every entity type, spread over the places, in batches. */
async function createProducers(ocop: OcopModuleService, places: { id: string; commune: string }[], total: number, logger: { info: (m: string) => void }) {
  const created: { id: string }[] = []
  const batch = 500
  for (let start = 0; start < total; start += batch) {
    const rows = Array.from({ length: Math.min(batch, total - start) }, (_, i) => {
      const n = start + i
      const type = ENTITY_TYPES[n % ENTITY_TYPES.length] ?? "household"
      const place = places[n % places.length]
      return {
        handle: `bench-producer-${n}`,
        legal_name: `${ENTITY_WORDS[type]} ${WORDS[n % WORDS.length]} ${place?.commune ?? ""} số ${n}`,
        entity_type: type,
        women_led: n % 4 === 0,
        place_id: place?.id ?? "",
      }
    })
    created.push(...(await ocop.createOcopProducers(rows)))
    logger.info(`bench catalogue: producers ${start + rows.length} / ${total}`)
  }
  return created
}
