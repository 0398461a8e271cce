// Prepared FTS5 statements (Prisma cannot express MATCH/snippet()) on the database handle the
// Prisma client uses (lib/db/client.ts): one handle, so search and pages always read the same file.
import type Database from "better-sqlite3";
import { getSqlite } from "../db/client";

interface Search { db: Database.Database; statements: Map<string, Database.Statement> }

const globalForSearch = globalThis as unknown as { outageAtlasSearch?: Search };
// a search statement is a handful of shapes (filters present or not): a few dozen at most
const MAX_STATEMENTS = 200;

function openSearch(): Search {
  const db = getSqlite();
  const cached = globalForSearch.outageAtlasSearch;
  if (cached && cached.db === db && db.open) return cached;
  // Reading pages through a memory map rather than read() calls halves the time of a query that
  // walks many matches; a bigger page cache keeps the FTS index and filter index in memory.
  db.pragma("mmap_size = 1073741824");
  db.pragma("cache_size = -65536");
  globalForSearch.outageAtlasSearch = { db, statements: new Map() };
  return globalForSearch.outageAtlasSearch;
}

/** The database handle search reads through (shared with the Prisma client). */
export function getSearchConnection(): Database.Database {
  return openSearch().db;
}

/** A prepared statement for `sql`, compiled once and reused; integers come back as numbers. */
export function searchStatement(sql: string): Database.Statement {
  const { db, statements } = openSearch();
  let st = statements.get(sql);
  if (!st) {
    st = db.prepare(sql).safeIntegers(false);
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(sql, st);
  }
  return st;
}

/** Forgets the prepared statements (end of a test or a CLI run; closeDb closes the handle). */
export function closeSearchConnection(): void {
  globalForSearch.outageAtlasSearch = undefined;
}
