// A read-only better-sqlite3 connection for FTS5 queries (Prisma cannot express MATCH/snippet()).
import Database from "better-sqlite3";
import { databaseFile, databaseUrl } from "../db/database-url";
import { ensureDatabase } from "../db/ensure-database";

const globalForSearch = globalThis as unknown as { outageAtlasSearch?: { file: string; db: Database.Database } };

/** The search connection for DATABASE_URL, migrating a fresh database first (FTS tables included). */
export function getSearchConnection(): Database.Database {
  const url = databaseUrl();
  const file = databaseFile(url);
  const cached = globalForSearch.outageAtlasSearch;
  if (cached && cached.file === file && cached.db.open) return cached.db;
  ensureDatabase(url);
  // readonly: search never writes; WAL lets it read while ingest (another process) writes
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  globalForSearch.outageAtlasSearch = { file, db };
  return db;
}

/** Closes the search connection (end of a test or a CLI run). */
export function closeSearchConnection(): void {
  globalForSearch.outageAtlasSearch?.db.close();
  globalForSearch.outageAtlasSearch = undefined;
}
