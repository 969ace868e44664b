import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/**
 * Bulk loading with COPY … FROM STDIN (pg-copy-streams, the well-kept client
 * for it): one round trip per table, as fast as Postgres loads rows.
 */

/** One row in COPY's text format: tab-separated, \N for null, JSON for objects, ISO for dates. */
export function copyLine(values: readonly unknown[]): string {
  return `${values.map(copyField).join("\t")}\n`;
}

function copyField(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  const text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** COPYs the rows `lines` yields into `table`'s `columns`; resolves with the number of rows. */
export async function copyRows(client: pg.Client, table: string, columns: readonly string[], lines: Iterable<string>): Promise<number> {
  let count = 0;
  // Lines go out in chunks of about 64 KB: one write per line would cost more than the rows.
  const counted = function* () {
    let chunk = "";
    for (const line of lines) {
      count++;
      chunk += line;
      if (chunk.length >= 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  };
  const sink = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  await pipeline(Readable.from(counted(), { objectMode: false }), sink);
  return count;
}
