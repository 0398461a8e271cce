// A read-only better-sqlite3 connection for FTS5 queries (Prisma cannot express MATCH/snippet()).
import Database from "better-sqlite3";
import { databaseFile, databaseUrl } from "../db/database-url";
import { ensureDatabase } from "../db/ensure-database";

interface Search { file: string; db: Database.Database; statements: Map<string, Database.Statement> }

const globalForSearch = globalThis as unknown as { outageAtlasSearch?: Search };
// a search statement is a handful of shapes (filters present or not): a few dozen at most
const MAX_STATEMENTS = 200;

function openSearch(): Search {
  const url = databaseUrl();
  const file = databaseFile(url);
  const cached = globalForSearch.outageAtlasSearch;
  if (cached && cached.file === file && cached.db.open) return cached;
  ensureDatabase(url);
  // readonly: search never writes; WAL lets it read while ingest (another process) writes
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  // Reading pages through a memory map rather than read() calls halves the time of a query that
  // walks many matches; a bigger page cache keeps the FTS index and filter index in memory.
  db.pragma("mmap_size = 1073741824");
  db.pragma("cache_size = -65536");
  globalForSearch.outageAtlasSearch = { file, db, statements: new Map() };
  return globalForSearch.outageAtlasSearch;
}

/** The search connection for DATABASE_URL, migrating a fresh database first (FTS tables included). */
export function getSearchConnection(): Database.Database {
  return openSearch().db;
}

/** A prepared statement for `sql` on the search connection, compiled once and reused. */
export function searchStatement(sql: string): Database.Statement {
  const { db, statements } = openSearch();
  let st = statements.get(sql);
  if (!st) {
    st = db.prepare(sql);
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(sql, st);
  }
  return st;
}

/** Closes the search connection (end of a test or a CLI run). */
export function closeSearchConnection(): void {
  globalForSearch.outageAtlasSearch?.db.close();
  globalForSearch.outageAtlasSearch = undefined;
}
