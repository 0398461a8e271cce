// SQLite answers SQLITE_BUSY at once, without waiting out the busy timeout, in a few WAL cases
// (https://sqlite.org/wal.html#sometimes_queries_return_sqlite_busy_in_wal_mode): while another
// process's last connection closes and cleans up the WAL, or runs recovery after a crash. Both
// happen only while this connection has not read yet: once it has, it holds the shared-memory lock
// and no other close is "the last". So a connection's first read is the one worth retrying.

/** True when the error is SQLite saying the database is busy: raw, or as the Prisma adapter wraps it. */
export function isBusyError(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const err = e as { code?: unknown; message?: unknown; cause?: { kind?: unknown; originalCode?: unknown } };
  const code = err.code ?? err.cause?.originalCode;
  if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
  if (err.cause?.kind === "SocketTimeout") return true;
  return typeof err.message === "string" && /\bdatabase is locked\b/.test(err.message);
}

export interface BusyRetryOptions {
  /** Gives up after this long (ms) of busy answers. */
  deadlineMs?: number;
  /** Waits between attempts; injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `op`, running it again (with a growing pause) while SQLite answers busy, up to a deadline. */
export async function retryWhileBusy<T>(op: () => Promise<T>, opts: BusyRetryOptions = {}): Promise<T> {
  const deadline = opts.deadlineMs ?? 15_000;
  const sleep = opts.sleep ?? pause;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (e) {
      const ms = pauseBeforeRetry(e, attempt, waited, deadline);
      if (ms === null) throw e;
      await sleep(ms);
      waited += ms;
    }
  }
}

// The pause before trying again (doubling from 20 ms up to 500 ms), or null to give up: the error
// is not busy, or the busy answers have lasted the deadline.
function pauseBeforeRetry(e: unknown, attempt: number, waited: number, deadline: number): number | null {
  if (!isBusyError(e) || waited >= deadline) return null;
  return Math.min(20 * 2 ** attempt, 500);
}

/** Blocks the thread for `ms` (for synchronous start-up code that has no event loop to yield to). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The synchronous form of retryWhileBusy, for better-sqlite3 calls made before Prisma connects. */
export function retryWhileBusySync<T>(op: () => T, deadlineMs = 15_000): T {
  for (let waited = 0, attempt = 0; ; attempt++) {
    try {
      return op();
    } catch (e) {
      const ms = pauseBeforeRetry(e, attempt, waited, deadlineMs);
      if (ms === null) throw e;
      sleepSync(ms);
      waited += ms;
    }
  }
}
