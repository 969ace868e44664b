import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@mikro-orm/knex"
import { Livestream } from "./models/livestream"

type ClickedLivestream = { url: string; replay_url: string | null; starts_at: Date; ends_at: Date }

/** Livestream sales promoted by the trade department, with their click-through counts. */
export default class LivestreamsModuleService extends MedusaService({ Livestream }) {
  /**
   * Counts a followed "watch" link once per client per window, and returns the
   * livestream's window and links (null when there is no such livestream).
   * `client` is a keyed hash of the client, or null for a click that must not
   * count (a bot). One statement: the click's row is inserted only if absent
   * (the primary key (livestream, client, window) decides, across restarts
   * and any number of backends), the count rises only when it was, and rows of
   * past windows are dropped as new ones come.
   */
  @InjectManager()
  async countClick(id: string, client: string | null, windowMinutes: number, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<ClickedLivestream | null> {
    const manager = sharedContext.manager as EntityManager
    const windowMs = windowMinutes * 60_000
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs)
    const rows: ClickedLivestream[] = await manager.execute(
      `with target as (select id, url, replay_url, starts_at, ends_at from livestream where id = ? and deleted_at is null),
       fresh as (
         insert into livestream_click (livestream_id, client_hash, window_start)
         select id, ?::text, ?::timestamptz from target where ?::text is not null
         on conflict do nothing
         returning livestream_id),
       counted as (update livestream set click_count = click_count + 1 where id in (select livestream_id from fresh) returning id),
       expired as (delete from livestream_click where window_start < ?::timestamptz and exists (select 1 from fresh) returning 1)
       select url, replay_url, starts_at, ends_at from target`,
      [id, client, windowStart.toISOString(), client, windowStart.toISOString()],
    )
    return rows[0] ?? null
  }
}
