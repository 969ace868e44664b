import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129033844 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`);
    this.addSql(`alter table if exists "ocop_place" drop constraint if exists "ocop_place_handle_unique";`);
    this.addSql(`create table if not exists "ocop_place" ("id" text not null, "handle" text not null, "commune" text not null, "province" text not null, "historical_district" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_place_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_place_handle_unique" ON "ocop_place" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_place_deleted_at" ON "ocop_place" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer" ("id" text not null, "handle" text not null, "legal_name" text not null, "entity_type" text check ("entity_type" in ('cooperative', 'cooperative_group', 'enterprise', 'household')) not null, "women_led" boolean not null default false, "ethnic_minority_led" boolean not null default false, "circular_green" boolean not null default false, "modern_channels" boolean not null default false, "address" text null, "phone" text null, "email" text null, "website" text null, "story_vi" text null, "story_en" text null, "place_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_place_id" ON "ocop_producer" ("place_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_product" ("id" text not null, "product_set" text not null, "title_en" text null, "description_en" text null, "story_vi" text null, "story_en" text null, "producer_id" text not null, "place_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_producer_id" ON "ocop_product" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_place_id" ON "ocop_product" ("place_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_product_deleted_at" ON "ocop_product" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "stars" integer not null, "score" real not null, "decision_number" text not null, "decision_date" timestamptz not null, "issuer" text not null, "issuer_level" text check ("issuer_level" in ('district', 'province', 'central')) not null, "criteria_set" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" text null, "replaced_by_id" text null, "ocop_product_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"), constraint ocop_certificate_stars_check check (stars between 3 and 5), constraint ocop_certificate_score_check check (score between 0 and 100));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_ocop_product_id" ON "ocop_certificate" ("ocop_product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_producer" add constraint "ocop_producer_place_id_foreign" foreign key ("place_id") references "ocop_place" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ocop_product" add constraint "ocop_product_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade;`);
    this.addSql(`alter table if exists "ocop_product" add constraint "ocop_product_place_id_foreign" foreign key ("place_id") references "ocop_place" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ocop_certificate" add constraint "ocop_certificate_ocop_product_id_foreign" foreign key ("ocop_product_id") references "ocop_product" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_place_id_foreign";`);

    this.addSql(`alter table if exists "ocop_product" drop constraint if exists "ocop_product_place_id_foreign";`);

    this.addSql(`alter table if exists "ocop_product" drop constraint if exists "ocop_product_producer_id_foreign";`);

    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_ocop_product_id_foreign";`);

    this.addSql(`drop table if exists "ocop_place" cascade;`);

    this.addSql(`drop table if exists "ocop_producer" cascade;`);

    this.addSql(`drop table if exists "ocop_product" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);
  }

}
