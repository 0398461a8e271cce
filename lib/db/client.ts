// The one Prisma client of the process. DATABASE_URL chooses the backend (issue 21):
// - file:... SQLite through the better-sqlite3 driver adapter, and the one better-sqlite3 handle
//   under it, which search (FTS5 MATCH, which Prisma cannot express) shares: two handles could
//   disagree about which file they read (a database replaced with `mv` while the site runs: pages
//   read the old file while search read a new one, issue 14).
// - postgres://... PostgreSQL through the pg driver adapter, with a client generated from the
//   PostgreSQL variant of the same schema (prisma/postgres/schema.prisma); search runs its raw
//   queries through this same client.
// Both are Prisma's JS engine: no native engine to download.
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";
import { databaseFile, databaseUrl, isPostgresUrl } from "./database-url";
import { ensureDatabase } from "./ensure-database";
import { ensurePostgres } from "./ensure-postgres";
import { busySafeAdapter } from "./busy-safe-adapter";

/** The client type lib/db codes against. Both generated clients come from one schema, so their
 * models and queries are the same; only the provider underneath differs. */
export type Db = PrismaClient;
export type DbProvider = "sqlite" | "postgres";

interface Shared {
  url: string;
  provider: DbProvider;
  client: PrismaClient;
  handle: Database.Database | null;
}

const globalForDb = globalThis as unknown as { outageAtlasDb?: Shared };
// busy timeout: concurrent ingest runs and the site wait for the single writer instead of failing
const BUSY_TIMEOUT_MS = 15000;
// connections per process on PostgreSQL: a web server's concurrent reads and an ingest's fetches
// share them; ten keeps several servers and workers well under the server's default 100
const POSTGRES_POOL = 10;

// The running site reads; only the ingest and the CLI create (and migrate) a database.
const isSiteServer = () => process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build";

function shared(): Shared {
  const url = databaseUrl();
  const cached = globalForDb.outageAtlasDb;
  if (cached && cached.url === url) return cached;
  const entry = isPostgresUrl(url) ? postgres(url) : sqlite(url);
  globalForDb.outageAtlasDb = entry;
  return entry;
}

function postgres(url: string): Shared {
  const factory = new PrismaPg({ connectionString: url, max: POSTGRES_POOL });
  const connect = factory.connect.bind(factory);
  // migrations are checked before the first query (the check needs the network: it cannot run
  // synchronously here as SQLite's does)
  const create = !isSiteServer();
  factory.connect = async () => {
    await ensurePostgres(url, { create });
    return connect();
  };
  const client = new PostgresPrismaClient({ adapter: factory }) as unknown as PrismaClient;
  return { url, provider: "postgres", client, handle: null };
}

function sqlite(url: string): Shared {
  ensureDatabase(url, { create: !isSiteServer() });
  const factory = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  // The adapter opens its own handle; it is swapped for the process's shared one, so Prisma and
  // search read through the same connection.
  factory.connect = async () => {
    const adapter = await connect();
    const own = (adapter as unknown as { client: Database.Database }).client;
    own.close();
    (adapter as unknown as { client: Database.Database }).client = sqliteHandle(entry);
    return adapter;
  };
  const entry: Shared = { url, provider: "sqlite", client: new PrismaClient({ adapter: busySafeAdapter(factory) }), handle: null };
  return entry;
}

function sqliteHandle(entry: Shared): Database.Database {
  if (entry.handle?.open) return entry.handle;
  const db = new Database(databaseFile(entry.url), { timeout: BUSY_TIMEOUT_MS, fileMustExist: true });
  db.defaultSafeIntegers(true); // as the Prisma adapter expects (64-bit ids and counts)
  entry.handle = db;
  return db;
}

/** The shared Prisma client for DATABASE_URL, migrating a fresh database on first use. */
export function getDb(): PrismaClient {
  return shared().client;
}

/** Which backend DATABASE_URL names: the few queries Prisma cannot express differ by provider. */
export function dbProvider(): DbProvider {
  return isPostgresUrl(databaseUrl()) ? "postgres" : "sqlite";
}

/** The better-sqlite3 handle under getDb(), for the queries Prisma cannot express (FTS5). Its
 * integers come back as BigInt unless a statement says otherwise (`.safeIntegers(false)`). */
export function getSqlite(): Database.Database {
  const entry = shared();
  if (entry.provider !== "sqlite") throw new Error("db: getSqlite() on a PostgreSQL DATABASE_URL; use getDb()");
  return sqliteHandle(entry);
}

/** Reads the database once, so a missing, unreadable or unmigrated one is an error now, with its
 * reason (the site's start-up check), not a 500 on every page later. */
export async function checkDatabase(): Promise<void> {
  const entry = shared();
  if (entry.provider === "sqlite") sqliteHandle(entry).prepare("SELECT count(*) FROM sqlite_master").get();
  else await entry.client.$queryRaw`SELECT count(*) FROM "_prisma_migrations"`;
}

// What else holds a connection of its own (data-version's LISTEN client) registers here, so that
// closeDb ends it too without this module importing it (which would be an import cycle).
const closers = new Set<() => Promise<void>>();

/** `f` runs at each closeDb (end of a CLI run or a test). */
export function onCloseDb(f: () => Promise<void>): void {
  closers.add(f);
}

/** Closes the shared client and handle (end of a CLI run or a test). */
export async function closeDb(): Promise<void> {
  const cached = globalForDb.outageAtlasDb;
  globalForDb.outageAtlasDb = undefined;
  for (const f of closers) await f();
  if (!cached) return;
  await cached.client.$disconnect();
  if (cached.handle?.open) cached.handle.close();
}
