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
