import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * English names beside the Vietnamese ones, for the storefront's /en pages: a
 * producer's name, a certificate's issuer, and a product's variant titles
 * (keyed by the Vietnamese title, so a retitled variant falls back to it).
 */
export class Migration20261205150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" add column if not exists "legal_name_en" text null;`)
    this.addSql(`alter table if exists "ocop_certificate" add column if not exists "issuer_en" text null;`)
    this.addSql(`alter table if exists "ocop_product" add column if not exists "variant_titles_en" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer" drop column if exists "legal_name_en";`)
    this.addSql(`alter table if exists "ocop_certificate" drop column if exists "issuer_en";`)
    this.addSql(`alter table if exists "ocop_product" drop column if exists "variant_titles_en";`)
  }
}
