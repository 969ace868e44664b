import pg from "pg"

/** Plain SQL against the platform's database: tests check what was (not) written with it. */
export function sqlOn(databaseUrl: string) {
  return async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      return (await client.query(text, params)).rows as T[]
    } finally {
      await client.end()
    }
  }
}
