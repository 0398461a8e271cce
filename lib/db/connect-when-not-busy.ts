// Makes the adapter's connect() read once before handing the connection to Prisma, trying again
// while SQLite answers busy at once (see retry-while-busy.ts). Two ingest runs started together
// failed in CI with "Operation has timed out" on their first write without it.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { isBusyError, retryWhileBusy, type BusyRetryOptions } from "./retry-while-busy";

// reading the schema maps the WAL index, which takes the shared lock that keeps later statements
// from meeting another process's clean-up or recovery
const FIRST_READ = { sql: "SELECT count(*) FROM sqlite_master", args: [], argTypes: [] };

/** Wraps `factory.connect` so each new connection has read once, retried while busy. */
export function connectWhenNotBusy(factory: PrismaBetterSQLite3, opts?: BusyRetryOptions): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  const firstRead = async () => {
    const adapter = await connect();
    try {
      await adapter.queryRaw(FIRST_READ);
      return adapter;
    } catch (e) {
      await adapter.dispose();
      throw e;
    }
  };
  factory.connect = () =>
    retryWhileBusy(firstRead, opts).catch((e: unknown) => {
      if (!isBusyError(e)) throw e;
      throw new Error("db: the database stayed busy (locked by another process) past the wait; try again", { cause: e });
    });
  return factory;
}
