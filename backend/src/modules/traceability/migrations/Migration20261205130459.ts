import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Counts no one can forge: each view keeps who viewed (`client`, a keyed hash
 * of the address) and whether it counted toward its unit (`counted`: a
 * browser's view, once per client per window); a unit keeps when staff last
 * cleared its copy flag. Views stored before have no client and count for
 * nothing further (the counts they made stay). The index serves the lookup of
 * a (unit, client)'s last counted view, and the copy rule's evidence.
 */
export class Migration20261205130459 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_scan" add column if not exists "client" text null, add column if not exists "counted" boolean not null default false;`);

    this.addSql(`alter table if exists "trace_serial" add column if not exists "flag_cleared_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_scan_counted_client" ON "trace_scan" ("serial_id", "client", "scanned_at") WHERE counted AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_trace_scan_counted_client";`);
    this.addSql(`alter table if exists "trace_scan" drop column if exists "client", drop column if exists "counted";`);

    this.addSql(`alter table if exists "trace_serial" drop column if exists "flag_cleared_at";`);
  }

}
