import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A text search configuration for Vietnamese: "simple" (no English stemming
 * or stop words, which would drop syllables such as "an" or "do") with
 * unaccent first, so "che tan cuong" matches "Chè Tân Cương" and "đ" matches "d".
 * The Postgres search provider uses it through its `language: "simple"` option.
 */
export class Migration20261129044500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`)
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`
      do $$ begin
        if not exists (select 1 from pg_ts_config where cfgname = 'medusa_search_simple') then
          create text search configuration medusa_search_simple (copy = simple);
          alter text search configuration medusa_search_simple
            alter mapping for hword, hword_part, word with unaccent, simple;
        end if;
      end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop text search configuration if exists medusa_search_simple;`)
  }
}
