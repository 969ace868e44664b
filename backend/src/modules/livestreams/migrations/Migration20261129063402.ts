import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129063402 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "livestream" drop constraint if exists "livestream_slug_unique";`);
    this.addSql(`create table if not exists "livestream" ("id" text not null, "slug" text not null, "title_vi" text not null, "title_en" text null, "platform" text check ("platform" in ('facebook', 'tiktok', 'youtube', 'zalo', 'shopee')) not null, "url" text not null, "host" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "product_ids" text[] not null, "replay_url" text null, "click_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "livestream_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_livestream_deleted_at" ON "livestream" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_livestream_slug_unique" ON "livestream" ("slug") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "livestream" cascade;`);
  }

}
