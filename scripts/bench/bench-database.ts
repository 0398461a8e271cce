// The database a benchmark writes: a fresh SQLite file in `dir`, or, when DATABASE_URL names a
// PostgreSQL server, a fresh database of its own there (dropped by the returned function).
import path from "node:path";
import pg from "pg";
import { isPostgresUrl } from "../../lib/db/database-url";

/** Sets DATABASE_URL to a new database for the benchmark `name`; returns how to drop it (PostgreSQL). */
export function useBenchDatabase(dir: string, name: string): { url: string; drop: () => Promise<void> } {
  const server = process.env.DATABASE_URL ?? "";
  if (!isPostgresUrl(server)) {
    process.env.DATABASE_URL = `file:${path.join(dir, `${name}.db`)}`;
    return { url: process.env.DATABASE_URL, drop: async () => undefined };
  }
  const url = new URL(server);
  const db = `oa_${name}_${Date.now().toString(36)}`;
  url.pathname = `/${db}`;
  process.env.DATABASE_URL = url.toString();
  const drop = async () => {
    const admin = new URL(server);
    admin.pathname = "/postgres";
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).finally(() => c.end());
  };
  return { url: process.env.DATABASE_URL, drop };
}
