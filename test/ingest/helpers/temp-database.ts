// A throwaway SQLite database for one test file: set before lib/db is imported.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Points DATABASE_URL at a fresh file in os.tmpdir() and returns its directory and path. */
export function useTempDatabase(prefix: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `oa-${prefix}-`));
  const file = path.join(dir, "ingest.db");
  process.env.DATABASE_URL = `file:${file}`;
  return { dir, file };
}

/** Fetch settings short enough for tests of timeouts and retries. */
export const FAST_FETCH = { totalTimeoutMs: 1500, connectTimeoutMs: 1000, backoffMs: 20, retries: 1, maxRetryAfterWaitMs: 1500 };
