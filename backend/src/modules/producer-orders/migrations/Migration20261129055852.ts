import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129055852 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_order_line" drop constraint if exists "producer_order_line_line_item_id_unique";`);
    this.addSql(`create table if not exists "producer_order_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "product_id" text not null, "producer_id" text not null, "producer_handle" text not null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_line_order_id" ON "producer_order_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_order_line_line_item_id_unique" ON "producer_order_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_line_producer_id" ON "producer_order_line" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_line_deleted_at" ON "producer_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_order_line" cascade;`);
  }

}
