import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129055853 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "webhook_receipt" drop constraint if exists "webhook_receipt_provider_event_id_unique";`);
    this.addSql(`create table if not exists "webhook_receipt" ("id" text not null, "provider" text not null, "event_id" text not null, "event_type" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "webhook_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_webhook_receipt_deleted_at" ON "webhook_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_webhook_receipt_provider_event_id_unique" ON "webhook_receipt" ("provider", "event_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_receipt" cascade;`);
  }

}
