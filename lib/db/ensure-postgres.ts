// ensureDatabase's PostgreSQL counterpart: the database exists and has every migration of
// prisma/postgres/migrations applied. The migrations are applied here, not by `prisma migrate
// deploy`: Prisma 6's schema engine cannot read PostgreSQL through @prisma/adapter-pg ("Column type
// 'name' could not be deserialized", https://github.com/prisma/prisma/issues/27403). They are
// recorded in Prisma's own "_prisma_migrations" table (same columns, sha-256 checksums), each in
// its own transaction (PostgreSQL's DDL is transactional), under an advisory lock so two processes
// starting together apply each migration once. The usual start costs one small query.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./ensure-database";

const checked = new Set<string>();
// any constant shared by every process of the project; Prisma's own migrate lock is 72707369
const MIGRATION_LOCK = 72707370;
// PostgreSQL's "database does not exist" (invalid_catalog_name), "already exists" (duplicate_database)
const NO_DATABASE = "3D000";
const DATABASE_EXISTS = "42P04";

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** The migrations PostgreSQL should have, in order, by folder name. */
export function postgresMigrations(root: string = projectRoot()): string[] {
  return fs
    .readdirSync(path.join(root, "prisma", "postgres", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

async function applied(client: pg.Client): Promise<Set<string>> {
  const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
  if (!table.rows[0]?.t) return new Set();
  const rows = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.rows.map((r) => r.migration_name));
}

async function migrate(client: pg.Client, root: string, wanted: string[]): Promise<void> {
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  try {
    await client.query(MIGRATIONS_TABLE);
    const done = await applied(client); // again, under the lock: another process may have migrated
    for (const name of wanted.filter((m) => !done.has(m))) {
      const sql = fs.readFileSync(path.join(root, "prisma", "postgres", "migrations", name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [crypto.randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`db: PostgreSQL migration ${name} failed: ${(e as Error).message}`, { cause: e });
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  }
}

/** Creates the database `url` names, from the server's maintenance database. */
async function createDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (e) {
    if ((e as { code?: string }).code !== DATABASE_EXISTS) throw e; // created meanwhile by another process
  } finally {
    await admin.end();
  }
}

async function connect(url: string, create: boolean): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (e) {
    if ((e as { code?: string }).code !== NO_DATABASE || !create) throw e;
  }
  await createDatabase(url);
  const again = new pg.Client({ connectionString: url });
  await again.connect();
  return again;
}

/** Creates and migrates the PostgreSQL database at `url` when needed; idempotent and cheap once
 * done. With `create: false` (the site: a reader) a database without the schema is an error. */
export async function ensurePostgres(url: string, opts: { create?: boolean } = {}): Promise<void> {
  if (checked.has(url)) return;
  const root = projectRoot();
  const wanted = postgresMigrations(root);
  const client = await connect(url, opts.create !== false);
  try {
    const done = await applied(client);
    const missing = wanted.filter((m) => !done.has(m));
    if (missing.length > 0) {
      if (opts.create === false) {
        throw new Error(`db: the PostgreSQL database (DATABASE_URL) lacks migrations ${missing.join(", ")}; the site never migrates: run npm run db:migrate or the ingest first`);
      }
      await migrate(client, root, wanted);
    }
  } finally {
    await client.end();
  }
  checked.add(url);
}
