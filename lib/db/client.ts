// The one Prisma client of the process, on SQLite through the better-sqlite3 driver adapter, and
// the one better-sqlite3 handle under it, which search (FTS5 MATCH, which Prisma cannot express)
// shares: two handles could disagree about which file they read (a database replaced with `mv`
// while the site runs: pages read the old file while search read a new one, issue 14).
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseFile, databaseUrl } from "./database-url";
import { ensureDatabase } from "./ensure-database";
import { busySafeAdapter } from "./busy-safe-adapter";

export type Db = PrismaClient;

interface Shared {
  url: string;
  client: PrismaClient;
  handle: Database.Database | null;
}

const globalForDb = globalThis as unknown as { outageAtlasDb?: Shared };
// busy timeout: concurrent ingest runs and the site wait for the single writer instead of failing
const BUSY_TIMEOUT_MS = 15000;

// The running site reads; only the ingest and the CLI create (and migrate) a database.
const isSiteServer = () => process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build";

function shared(): Shared {
  const url = databaseUrl();
  const cached = globalForDb.outageAtlasDb;
  if (cached && cached.url === url) return cached;
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
  const entry: Shared = { url, client: new PrismaClient({ adapter: busySafeAdapter(factory) }), handle: null };
  globalForDb.outageAtlasDb = entry;
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

/** The better-sqlite3 handle under getDb(), for the queries Prisma cannot express (FTS5). Its
 * integers come back as BigInt unless a statement says otherwise (`.safeIntegers(false)`). */
export function getSqlite(): Database.Database {
  return sqliteHandle(shared());
}

/** Closes the shared client and handle (end of a CLI run or a test). */
export async function closeDb(): Promise<void> {
  const cached = globalForDb.outageAtlasDb;
  globalForDb.outageAtlasDb = undefined;
  if (!cached) return;
  await cached.client.$disconnect();
  if (cached.handle?.open) cached.handle.close();
}
