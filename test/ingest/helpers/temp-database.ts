// A throwaway database for one test file (SQLite, or PostgreSQL under TEST_BACKEND=postgres): set
// before lib/db is imported.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../../helpers/test-database";

/** Points DATABASE_URL at a fresh database (a file in os.tmpdir() on SQLite) and returns its directory and path. */
export function useTempDatabase(prefix: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `oa-${prefix}-`));
  const file = path.join(dir, "ingest.db");
  process.env.DATABASE_URL = testDatabaseUrl(file);
  return { dir, file };
}

/** Fetch settings short enough for tests of timeouts and retries. */
export const FAST_FETCH = { totalTimeoutMs: 1500, connectTimeoutMs: 1000, backoffMs: 20, retries: 1, maxRetryAfterWaitMs: 1500 };
