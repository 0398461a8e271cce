// The one Prisma client of the process, on SQLite through the better-sqlite3 driver adapter.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "./database-url";
import { ensureDatabase } from "./ensure-database";
import { busySafeAdapter } from "./busy-safe-adapter";

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { outageAtlasDb?: { url: string; client: PrismaClient } };

/** The shared Prisma client for DATABASE_URL, migrating a fresh database on first use. */
export function getDb(): PrismaClient {
  const url = databaseUrl();
  const cached = globalForDb.outageAtlasDb;
  if (cached && cached.url === url) return cached.client;
  ensureDatabase(url);
  // busy timeout: concurrent ingest runs and the site wait for the single writer instead of failing
  const adapter = busySafeAdapter(new PrismaBetterSQLite3({ url, timeout: 15000 }));
  const client = new PrismaClient({ adapter });
  globalForDb.outageAtlasDb = { url, client };
  return client;
}

/** Closes the shared client (end of a CLI run or a test). */
export async function closeDb(): Promise<void> {
  const cached = globalForDb.outageAtlasDb;
  globalForDb.outageAtlasDb = undefined;
  if (cached) await cached.client.$disconnect();
}
