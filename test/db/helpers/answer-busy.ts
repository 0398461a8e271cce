// Simulates SQLite answering SQLITE_BUSY at once (no busy-handler wait), as it does while another
// process's last connection cleans up the WAL.
import Database from "better-sqlite3";

/** Makes the next `n` statements prepared by any better-sqlite3 connection fail with SQLITE_BUSY. */
export function answerBusy(n: number): () => number {
  const prepare = Database.prototype.prepare;
  let left = n;
  let refused = 0;
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    if (left > 0) {
      left--;
      refused++;
      throw new Database.SqliteError("database is locked", "SQLITE_BUSY");
    }
    return prepare.call(this, sql);
  } as typeof prepare;
  return () => {
    Database.prototype.prepare = prepare;
    return refused;
  };
}
