import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129063148 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "campaign_page" drop constraint if exists "campaign_page_campaign_id_unique";`);
    this.addSql(`alter table if exists "campaign_page" drop constraint if exists "campaign_page_slug_unique";`);
    this.addSql(`create table if not exists "campaign_page" ("id" text not null, "slug" text not null, "campaign_id" text not null, "title_vi" text not null, "title_en" text not null, "body_vi" text not null, "body_en" text not null, "banner_vi" text not null, "banner_en" text not null, "featured_product_ids" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_page_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_page_slug_unique" ON "campaign_page" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_page_campaign_id_unique" ON "campaign_page" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_page_deleted_at" ON "campaign_page" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_page" cascade;`);
  }

}
