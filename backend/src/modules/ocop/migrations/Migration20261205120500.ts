import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A producer's GLN (GS1 Global Location Number), when it has one: its trace events can then name their place by it. */
export class Migration20261205120500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" add column if not exists "gln" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop column if exists "gln";`)
  }
}
