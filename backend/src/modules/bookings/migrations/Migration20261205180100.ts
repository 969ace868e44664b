import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205180100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "booked_place" drop constraint if exists "booked_place_cart_line_id_unique";`);
    this.addSql(`create table if not exists "booked_place" ("id" text not null, "product_id" text not null, "variant_id" text not null, "visit_date" text not null, "places" integer not null, "cart_id" text not null, "cart_line_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booked_place_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booked_place_cart_id" ON "booked_place" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booked_place_cart_line_id_unique" ON "booked_place" ("cart_line_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booked_place_deleted_at" ON "booked_place" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booked_place_product_id_visit_date" ON "booked_place" ("product_id", "visit_date") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "booked_place" cascade;`);
  }

}
