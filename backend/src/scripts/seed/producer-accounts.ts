import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import { PRODUCER_ACCOUNTS_MODULE } from "../../modules/producer-accounts"
import type ProducerAccountsModuleService from "../../modules/producer-accounts/service"

type Container = ExecArgs["container"]

/** Demo producer portal logins (README, "Demo accounts"). Sample data like the rest of the demo. */
export const DEMO_PRODUCERS = [
  { email: "haodat@ocop-demo.vn", password: "ocop-demo-2026", first_name: "Hảo Đạt", producer: "htx-che-hao-dat" },
  { email: "vietcuong@ocop-demo.vn", password: "ocop-demo-2026", first_name: "Việt Cường", producer: "htx-mien-viet-cuong" },
  { email: "pacngoi@ocop-demo.vn", password: "ocop-demo-2026", first_name: "Pác Ngòi", producer: "htx-du-lich-pac-ngoi" },
] as const

export async function seedProducerAccounts(container: Container): Promise<number> {
  const auth = container.resolve(Modules.AUTH)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const accounts: ProducerAccountsModuleService = container.resolve(PRODUCER_ACCOUNTS_MODULE)
  let created = 0
  for (const demo of DEMO_PRODUCERS) {
    if ((await accounts.listProducerUsers({ email: demo.email })).length) continue
    const [producer] = await ocop.listOcopProducers({ handle: demo.producer }, { select: ["id"] })
    if (!producer) continue
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email: demo.email, password: demo.password } })
    if (!success || !authIdentity) throw new Error(`Could not create the demo producer login ${demo.email}: ${error}`)
    const user = await accounts.createProducerUsers({
      email: demo.email,
      first_name: demo.first_name,
      producer_id: producer.id,
      status: "active",
      approved_at: new Date(),
    })
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { ...(authIdentity.app_metadata ?? {}), producer_id: user.id } })
    created++
  }
  return created
}
