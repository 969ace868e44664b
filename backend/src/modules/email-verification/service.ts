import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { EmailVerification } from "./models/verification"

export default class EmailVerificationModuleService extends MedusaService({ EmailVerification }) {
  /**
   * Uses a verification once: marks it used if it is unused and unexpired, in
   * one UPDATE, so two clicks at once cannot both succeed. Null: already
   * used, expired or unknown.
   */
  @InjectManager()
  async consumeVerification(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<{ customer_id: string; email: string } | null> {
    const manager = sharedContext.manager as EntityManager
    const rows: { customer_id: string; email: string }[] = await manager.execute(
      `update email_verification set used_at = now(), updated_at = now()
       where id = ? and used_at is null and expires_at > now() and deleted_at is null
       returning customer_id, email`,
      [id],
    )
    return rows[0] ?? null
  }

  /** Whether the customer proved this e-mail (a used verification for it). */
  async isVerified(customerId: string, email: string): Promise<boolean> {
    const used = await this.listEmailVerifications({ customer_id: customerId, email, used_at: { $ne: null } }, { take: 1, select: ["id"] })
    return used.length > 0
  }
}
