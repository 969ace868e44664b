import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205072740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_lot" add column if not exists "area_code" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "trace_lot" drop column if exists "area_code";`);
  }

}
