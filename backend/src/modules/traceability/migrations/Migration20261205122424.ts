import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * GTIN ownership: `trace_gtin` says which one variant holds each GTIN. GTINs
 * lots already carry go to the variant of the first lot that used each (the
 * first claim wins; a later lot of another variant keeps its rows but no new
 * lot can repeat it), and a trigger refuses any new or changed lot whose GTIN
 * its variant does not hold.
 */
export class Migration20261205122424 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_gtin" drop constraint if exists "trace_gtin_variant_id_unique";`);
    this.addSql(`alter table if exists "trace_gtin" drop constraint if exists "trace_gtin_gtin_unique";`);
    this.addSql(`create table if not exists "trace_gtin" ("id" text not null, "gtin" text not null, "product_id" text not null, "variant_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_gtin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_gtin_deleted_at" ON "trace_gtin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_gtin_gtin_unique" ON "trace_gtin" ("gtin") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_gtin_variant_id_unique" ON "trace_gtin" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`
      insert into "trace_gtin" ("id", "gtin", "product_id", "variant_id")
      select 'gtin_' || upper(substr(md5(first.gtin), 1, 26)), first.gtin, first.product_id, first.variant_id
        from (select distinct on ("gtin") "gtin", "product_id", "variant_id", "created_at"
                from "trace_lot" where "gtin" is not null and "deleted_at" is null
               order by "gtin", "created_at") as first
       order by first.created_at
      on conflict do nothing;`);
    this.addSql(`
      create or replace function trace_lot_gtin_held() returns trigger language plpgsql as $$
      begin
        if new.gtin is not null and new.deleted_at is null and not exists (
          select 1 from trace_gtin g where g.gtin = new.gtin and g.variant_id = new.variant_id and g.deleted_at is null
        ) then
          raise exception 'GTIN % is not held by variant %', new.gtin, new.variant_id using errcode = '23514';
        end if;
        return new;
      end $$;`);
    this.addSql(`drop trigger if exists trace_lot_gtin_held on "trace_lot";`);
    this.addSql(`create trigger trace_lot_gtin_held before insert or update of "gtin", "variant_id" on "trace_lot" for each row execute function trace_lot_gtin_held();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists trace_lot_gtin_held on "trace_lot";`);
    this.addSql(`drop function if exists trace_lot_gtin_held();`);
    this.addSql(`drop table if exists "trace_gtin" cascade;`);
  }

}
