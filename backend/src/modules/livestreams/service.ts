import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { Livestream } from "./models/livestream"

type ClickedLivestream = { url: string; replay_url: string | null; starts_at: Date; ends_at: Date }

/** Livestream sales promoted by the trade department, with their click-through counts. */
export default class LivestreamsModuleService extends MedusaService({ Livestream }) {
  /**
   * Counts one followed "watch" link and returns the livestream's window and
   * links (null when there is no such livestream). One UPDATE … RETURNING, so
   * clicks at the same moment are all counted.
   */
  @InjectManager()
  async countClick(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ClickedLivestream | null> {
    const manager = sharedContext.manager as EntityManager
    const rows: ClickedLivestream[] = await manager.execute(
      `update livestream set click_count = click_count + 1
       where id = ? and deleted_at is null
       returning url, replay_url, starts_at, ends_at`,
      [id],
    )
    return rows[0] ?? null
  }
}
