import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { WebhookReceipt } from "./models/receipt"

export default class WebhookReceiptsModuleService extends MedusaService({ WebhookReceipt }) {
  /**
   * Records an event id; true the first time, false for a redelivery. One
   * INSERT … ON CONFLICT DO NOTHING, so two deliveries at once still count once.
   */
  @InjectManager()
  async receiveOnce(input: { provider: string; event_id: string; event_type: string }, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const manager = sharedContext.manager as EntityManager
    const id = `whr_${input.provider}_${input.event_id}`.slice(0, 200)
    const rows = await manager.execute(
      `insert into webhook_receipt (id, provider, event_id, event_type) values (?, ?, ?, ?)
       on conflict do nothing returning id`,
      [id, input.provider, input.event_id, input.event_type],
    )
    return rows.length === 1
  }
}
