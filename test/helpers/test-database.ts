// The database a test file runs on: a SQLite file by default, a fresh PostgreSQL database when
// TEST_BACKEND=postgres (PG_TEST_URL names the server; scripts/test-postgres.sh starts a
// throwaway cluster and sets both). Set before lib/db is imported.
import path from "node:path";

export const TEST_BACKEND: "sqlite" | "postgres" = process.env.TEST_BACKEND === "postgres" ? "postgres" : "sqlite";

/** A URL for a new, empty database named after `file`: `file:` on SQLite, a database of its own
 * on the PostgreSQL test server (created and migrated on first use by lib/db). */
export function testDatabaseUrl(file: string): string {
  if (TEST_BACKEND === "sqlite") return `file:${file}`;
  const server = process.env.PG_TEST_URL;
  if (!server) throw new Error("TEST_BACKEND=postgres needs PG_TEST_URL (run the tests through scripts/test-postgres.sh)");
  const base = path.basename(file).replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 20);
  const url = new URL(server);
  url.pathname = `/oa_${base}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return url.toString();
}

/** Creates and migrates the database at `url`, as the ingest does on first use (the site never
 * creates one: a test that starts `next start` on an empty database calls this first). */
export async function createTestDatabase(url: string): Promise<void> {
  if (url.startsWith("file:")) return (await import("../../lib/db/ensure-database")).ensureDatabase(url);
  await (await import("../../lib/db/ensure-postgres")).ensurePostgres(url);
}

/**
 * Runs one SQL statement on the database at `url` through a connection of its own (what another
 * process, an ingest, sees and does), and returns its rows (none for a write). The statement is
 * written once for both backends: identifiers in double quotes ("Incident", "incidentId", as
 * Prisma names them on PostgreSQL), `?` placeholders, counts read through Number() (PostgreSQL
 * answers bigint as a string).
 */
export async function sqlOn(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (url.startsWith("file:")) {
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(url.slice("file:".length), { timeout: 15000 });
    try {
      const st = db.prepare(sql);
      if (st.reader) return st.all(...params) as Record<string, unknown>[];
      st.run(...params);
      return [];
    } finally {
      db.close();
    }
  }
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let n = 0;
    return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
  } finally {
    await client.end();
  }
}
