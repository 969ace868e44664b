import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205180000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "bank_transfer" ("id" text not null, "provider" text not null, "transfer_id" text not null, "direction" text check ("direction" in ('in', 'out')) not null, "amount" numeric not null, "raw_amount" jsonb not null, "content" text not null, "account_number" text null, "bank_reference" text null, "transaction_date" text null, "reference" text null, "order_id" text null, "order_display_id" integer null, "expected_amount" numeric null, "raw_expected_amount" jsonb null, "outcome" text check ("outcome" in ('captured', 'partial', 'excess', 'unmatched', 'already_paid', 'outgoing')) not null, "handled_at" timestamptz null, "handled_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_deleted_at" ON "bank_transfer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_provider_transfer_id_unique" ON "bank_transfer" ("provider", "transfer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_transfer" cascade;`);
  }

}
