// Running search's raw queries (Prisma cannot express FTS5 MATCH or tsquery ranking) through the
// process's one database connection (lib/db/client.ts), so search and pages always read the same
// database. SQLite: prepared statements on the shared better-sqlite3 handle. PostgreSQL: the
// Prisma client's raw queries. Search SQL is written with `?` placeholders for both.
import type Database from "better-sqlite3";
import { dbProvider, getDb, getSqlite } from "../db/client";

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

/** The SQLite handle search reads through (shared with the Prisma client). */
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

// PostgreSQL's counts are bigint and its timestamps Dates: rows come back as SQLite's do
// (numbers, ISO text), so the code above the query does not depend on the backend.
function plain(row: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === "bigint") row[k] = Number(v);
    else if (v instanceof Date) row[k] = v.toISOString();
  }
  return row;
}

/** The rows of a search query written with `?` placeholders, on whichever backend runs. */
export async function searchRows<T>(sql: string, values: unknown[]): Promise<T[]> {
  if (dbProvider() === "sqlite") return searchStatement(sql).all(...values) as T[];
  // PostgreSQL text cannot hold NUL (it refuses the whole statement): a filter value with one
  // equals no stored text, and query words are letters and digits only, so nothing matches
  if (values.some((v) => typeof v === "string" && v.includes("\u0000"))) return [];
  let n = 0;
  const numbered = sql.replace(/\?/g, () => `$${++n}`);
  const rows = await getDb().$queryRawUnsafe<Record<string, unknown>[]>(numbered, ...values);
  return rows.map(plain) as T[];
}

/** Forgets the prepared statements (end of a test or a CLI run; closeDb closes the handle). */
export function closeSearchConnection(): void {
  globalForSearch.outageAtlasSearch = undefined;
}
