import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129061238 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_user" drop constraint if exists "producer_user_email_unique";`);
    this.addSql(`create table if not exists "producer_review" ("id" text not null, "producer_id" text not null, "producer_user_id" text not null, "kind" text check ("kind" in ('new_product', 'product_title', 'product_set', 'producer_name')) not null, "product_id" text null, "current_value" text null, "proposed_value" text null, "status" text check ("status" in ('open', 'approved', 'rejected')) not null default 'open', "decided_at" timestamptz null, "decided_by" text null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_review_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_review_producer_id" ON "producer_review" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_review_deleted_at" ON "producer_review" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_user" ("id" text not null, "email" text not null, "first_name" text not null, "last_name" text null, "phone" text null, "producer_id" text not null, "status" text check ("status" in ('invited', 'pending', 'active', 'suspended')) not null, "invite_token_hash" text null, "invite_expires_at" timestamptz null, "approved_at" timestamptz null, "message" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_user_producer_id" ON "producer_user" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_user_deleted_at" ON "producer_user" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_user_email_unique" ON "producer_user" ("email") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_review" cascade;`);

    this.addSql(`drop table if exists "producer_user" cascade;`);
  }

}
