import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { RevokedToken } from "./models/revoked-token"

/**
 * The deny-list of logged-out tokens, in Postgres so every backend process
 * sees a logout at once (no cache: a check is one primary-key lookup).
 */
export default class SessionModuleService extends MedusaService({ RevokedToken }) {
  /** Ends a token until `expiresAt`; rows of tokens that have expired anyway are pruned on the way. */
  @InjectManager()
  async revokeToken(key: string, expiresAt: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    const manager = sharedContext.manager as EntityManager
    await manager.execute(`insert into revoked_token (id, expires_at) values (?, ?) on conflict (id) do nothing`, [key, expiresAt])
    await manager.execute(`delete from revoked_token where expires_at < now()`)
  }

  /** Whether any of these token keys has been revoked. */
  @InjectManager()
  async anyRevoked(keys: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    if (keys.length === 0) return false
    const manager = sharedContext.manager as EntityManager
    const rows = await manager.execute(`select 1 from revoked_token where id in (${keys.map(() => "?").join(", ")}) limit 1`, keys)
    return rows.length > 0
  }
}
