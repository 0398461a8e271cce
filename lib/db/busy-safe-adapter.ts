// The better-sqlite3 adapter, made to wait for another process's writes instead of failing with
// SQLITE_BUSY ("Operation has timed out" from Prisma) in the two cases where SQLite skips the busy
// timeout (https://sqlite.org/wal.html, https://sqlite.org/lang_transaction.html):
// - a transaction that reads and then writes while another process writes: Prisma's BEGIN is
//   DEFERRED, and upgrading a read to a write is refused at once to avoid a deadlock. CI failed
//   "two ingest runs at once" on it: an upsert with nothing to update runs SELECT then INSERT.
//   Each transaction here takes the write lock first, as BEGIN IMMEDIATE would; the site's reads
//   run no transactions, so only writers queue.
// - a new connection's first read while another process's last connection cleans up the WAL or
//   runs recovery: retried for a while.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { isBusyError, retryWhileBusy, type BusyRetryOptions } from "./retry-while-busy";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

const query = (sql: string) => ({ sql, args: [], argTypes: [] });
// reading the schema maps the WAL index and takes the shared lock that keeps later statements
// from meeting another process's clean-up or recovery
const FIRST_READ = query("SELECT count(*) FROM sqlite_master");
// a write that changes nothing, as the transaction's first statement, takes the write lock under
// the busy timeout, as BEGIN IMMEDIATE does; the migrations table always exists (ensureDatabase)
const TAKE_WRITE_LOCK = query(`DELETE FROM "_prisma_migrations" WHERE 0`);

async function connectAndRead(connect: () => Promise<Adapter>): Promise<Adapter> {
  const adapter = await connect();
  try {
    await adapter.queryRaw(FIRST_READ);
    return adapter;
  } catch (e) {
    await adapter.dispose();
    throw e;
  }
}

function writeLockFirst(adapter: Adapter): Adapter {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel): Promise<Transaction> => {
    const tx = await start(isolationLevel);
    try {
      await tx.executeRaw(TAKE_WRITE_LOCK);
      return tx;
    } catch (e) {
      await tx.executeRaw(query("ROLLBACK")).catch(() => undefined);
      await tx.rollback(); // releases the adapter's transaction mutex
      throw e;
    }
  };
  return adapter;
}

/** Wraps `factory.connect`: each connection reads once (retried while busy) and its transactions take the write lock first. */
export function busySafeAdapter(factory: PrismaBetterSQLite3, opts?: BusyRetryOptions): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = () =>
    retryWhileBusy(() => connectAndRead(connect), opts).then(writeLockFirst, (e: unknown) => {
      if (!isBusyError(e)) throw e;
      throw new Error("db: the database stayed busy (locked by another process) past the wait; try again", { cause: e });
    });
  return factory;
}
