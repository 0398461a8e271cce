// The database a benchmark writes: a fresh SQLite file in `dir`, or, on PostgreSQL, a fresh database
// of its own on the server DATABASE_URL names, or on a throwaway cluster started for the run
// (`--backend postgres` with no postgres:// DATABASE_URL). Dropped (and the cluster stopped) by `drop`.
import path from "node:path";
import pg from "pg";
import { isPostgresUrl } from "../../lib/db/database-url";
import { startThrowawayPostgres } from "./throwaway-postgres";

export type BenchBackend = "sqlite" | "postgres";

export interface BenchDatabase {
  backend: BenchBackend;
  url: string;
  /** e.g. "SQLite" or "PostgreSQL 15.14" */
  label: string;
  drop: () => Promise<void>;
}

/** The backend asked for: `--backend sqlite|postgres`, else the one DATABASE_URL names. */
export function benchBackend(argv: string[]): BenchBackend {
  const i = argv.indexOf("--backend");
  const asked = i >= 0 ? argv[i + 1] : isPostgresUrl(process.env.DATABASE_URL ?? "") ? "postgres" : "sqlite";
  if (asked !== "sqlite" && asked !== "postgres") throw new Error(`bench: --backend sqlite or postgres, not ${asked}`);
  return asked;
}

/** Sets DATABASE_URL to a new database for the benchmark `name` on the backend `argv` asks for. */
export async function useBenchDatabase(argv: string[], dir: string, name: string): Promise<BenchDatabase> {
  const backend = benchBackend(argv);
  if (backend === "sqlite") {
    process.env.DATABASE_URL = `file:${path.join(dir, `${name}.db`)}`;
    return { backend, url: process.env.DATABASE_URL, label: "SQLite", drop: async () => undefined };
  }
  const cluster = isPostgresUrl(process.env.DATABASE_URL ?? "") ? null : await startThrowawayPostgres();
  const server = cluster?.url ?? process.env.DATABASE_URL!;
  const url = new URL(server);
  const db = `oa_${name}_${Date.now().toString(36)}`;
  url.pathname = `/${db}`;
  process.env.DATABASE_URL = url.toString();
  const admin = new URL(server);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  const version = (await c.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version.split(" ")[0];
  await c.end();
  const drop = async () => {
    if (!cluster) {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).finally(() => c.end());
    }
    cluster?.stop();
  };
  return { backend, url: process.env.DATABASE_URL, label: `PostgreSQL ${version}`, drop };
}
