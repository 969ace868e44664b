import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129053323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "trace_serial" drop constraint if exists "trace_serial_serial_unique";`);
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_seq_unique";`);
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_event_id_unique";`);
    this.addSql(`alter table if exists "trace_lot" drop constraint if exists "trace_lot_gtin_code_unique";`);
    this.addSql(`alter table if exists "trace_lot" drop constraint if exists "trace_lot_product_id_code_unique";`);
    this.addSql(`alter table if exists "trace_lot" drop constraint if exists "trace_lot_short_code_unique";`);
    this.addSql(`create table if not exists "trace_lot" ("id" text not null, "product_id" text not null, "variant_id" text not null, "code" text not null, "short_code" text not null, "gtin" text null, "quantity" double precision not null, "unit" text not null, "area" text null, "place_handle" text null, "harvested_at" timestamptz null, "produced_at" timestamptz null, "packed_at" timestamptz null, "expires_at" timestamptz null, "standards" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_lot_product_id" ON "trace_lot" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_lot_short_code_unique" ON "trace_lot" ("short_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_lot_deleted_at" ON "trace_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_lot_product_id_code_unique" ON "trace_lot" ("product_id", "code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_lot_gtin_code_unique" ON "trace_lot" ("gtin", "code") WHERE gtin IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_event" ("id" text not null, "seq" integer not null, "event_id" text not null, "type" text check ("type" in ('ObjectEvent', 'AggregationEvent', 'TransformationEvent', 'TransactionEvent')) not null, "action" text check ("action" in ('ADD', 'OBSERVE', 'DELETE')) null, "biz_step" text not null, "disposition" text null, "event_time" timestamptz not null, "time_zone_offset" text not null, "read_point" jsonb null, "biz_location" jsonb null, "serials" jsonb null, "quantity" double precision null, "uom" text null, "ilmd" jsonb null, "inputs" jsonb null, "outputs" jsonb null, "note" jsonb null, "corrects_event_id" text null, "recorded_by" text not null, "prev_hash" text null, "hash" text not null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_event_id_unique" ON "trace_event" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_lot_id" ON "trace_event" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_event_deleted_at" ON "trace_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_event_lot_id_seq_unique" ON "trace_event" ("lot_id", "seq") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_scan" ("id" text not null, "lot_id" text not null, "serial_id" text null, "scanned_at" timestamptz not null, "region" text null, "device_class" text check ("device_class" in ('mobile', 'tablet', 'desktop', 'bot', 'unknown')) not null, "via" text check ("via" in ('gs1', 'short')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_scan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_scan_lot_id" ON "trace_scan" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_scan_serial_id" ON "trace_scan" ("serial_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_scan_deleted_at" ON "trace_scan" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "trace_serial" ("id" text not null, "serial" text not null, "scan_count" integer not null default 0, "first_scanned_at" timestamptz null, "last_scanned_at" timestamptz null, "flagged_at" timestamptz null, "flag_reason" text null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "trace_serial_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_trace_serial_serial_unique" ON "trace_serial" ("serial") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_serial_lot_id" ON "trace_serial" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_trace_serial_deleted_at" ON "trace_serial" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "trace_event" add constraint "trace_event_lot_id_foreign" foreign key ("lot_id") references "trace_lot" ("id") on update cascade;`);

    this.addSql(`alter table if exists "trace_serial" add constraint "trace_serial_lot_id_foreign" foreign key ("lot_id") references "trace_lot" ("id") on update cascade;`);

    // Written by hand: quantities are double precision (a float4 would not give back the
    // value that was hashed), and trace events are append-only in the database itself.
    this.addSql(`create or replace function trace_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'trace events are append-only: record a correcting event instead';
      end $$;`);
    this.addSql(`drop trigger if exists trace_event_append_only on "trace_event";`);
    this.addSql(`create trigger trace_event_append_only before update or delete on "trace_event"
      for each row execute function trace_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists trace_event_append_only on "trace_event";`);
    this.addSql(`drop function if exists trace_event_append_only();`);
    this.addSql(`alter table if exists "trace_event" drop constraint if exists "trace_event_lot_id_foreign";`);

    this.addSql(`alter table if exists "trace_serial" drop constraint if exists "trace_serial_lot_id_foreign";`);

    this.addSql(`drop table if exists "trace_lot" cascade;`);

    this.addSql(`drop table if exists "trace_event" cascade;`);

    this.addSql(`drop table if exists "trace_scan" cascade;`);

    this.addSql(`drop table if exists "trace_serial" cascade;`);
  }

}
