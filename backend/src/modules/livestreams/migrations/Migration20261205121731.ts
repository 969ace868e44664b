import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * One row per (livestream, client, window) whose click was counted: the
 * primary key makes a second click in the same window a no-op (see the
 * service's countClick). Clients are stored as a keyed hash, never an address.
 */
export class Migration20261205121731 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "livestream_click" ("livestream_id" text not null, "client_hash" text not null, "window_start" timestamptz not null, constraint "livestream_click_pkey" primary key ("livestream_id", "client_hash", "window_start"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_livestream_click_window_start" ON "livestream_click" ("window_start");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "livestream_click" cascade;`);
  }

}
