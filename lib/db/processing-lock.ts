// Several ingest workers on one database process documents at once (issue 21), serialised per
// incident key rather than globally: clustering reads an outage's neighbourhood (its service x day
// keys) and writes it back, so two workers doing that for the same outage at once would each
// create its incident, while two workers on different outages need not wait for each other.
// On PostgreSQL session advisory locks, on a connection of their own, stand for the keys (a lock
// goes with the connection if the worker dies); documents waiting for extraction are claimed the
// same way, so two workers do not extract the same document twice. On SQLite nothing is locked:
// one machine, and the database's single writer (busy-safe-adapter) orders the writes.
import { createHash } from "node:crypto";
import pg from "pg";
import { databaseUrl, isPostgresUrl } from "./database-url";

// the first half of each two-int advisory lock key: constants shared by every process of the
// project (ensure-postgres uses the one-int key 72707370)
const KEY_SPACE = 72707372;
const DOCUMENT_SPACE = 72707373;

/** Lock keys for one piece of work: exclusive ones conflict with every holder of the same key,
 * shared ones only with exclusive holders. */
export interface LockKeys {
  exclusive: string[];
  shared: string[];
}

export interface ProcessingLocks {
  /** Holds these keys (instead of any held before) until `release`; waits while another worker
   * holds a conflicting one, never holding some keys while it waits (so two workers never deadlock). */
  hold(keys: LockKeys): Promise<void>;
  release(): Promise<void>;
  /** The documents among `ids` no other worker has claimed, now claimed by this one until `close`. */
  claimDocuments(ids: number[]): Promise<number[]>;
  close(): Promise<void>;
}

/** A key as the int the advisory lock functions take (a collision only makes two keys wait for each other). */
export function lockKeyHash(key: string): number {
  return createHash("sha1").update(key).digest().readInt32BE(0);
}

const NO_LOCKS: ProcessingLocks = {
  hold: async () => undefined,
  release: async () => undefined,
  claimDocuments: async (ids) => ids,
  close: async () => undefined,
};

/** The locks of one processing run: a PostgreSQL session of their own, or nothing on SQLite. */
export async function openProcessingLocks(url = databaseUrl()): Promise<ProcessingLocks> {
  if (!isPostgresUrl(url)) return NO_LOCKS;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let held: { exclusive: number[]; shared: number[] } = { exclusive: [], shared: [] };

  async function release(): Promise<void> {
    if (held.exclusive.length)
      await client.query("SELECT pg_advisory_unlock($1, k) FROM unnest($2::int[]) k", [KEY_SPACE, held.exclusive]);
    if (held.shared.length)
      await client.query("SELECT pg_advisory_unlock_shared($1, k) FROM unnest($2::int[]) k", [KEY_SPACE, held.shared]);
    held = { exclusive: [], shared: [] };
  }

  async function hold(keys: LockKeys): Promise<void> {
    await release();
    const exclusive = [...new Set(keys.exclusive.map(lockKeyHash))].sort((a, b) => a - b);
    const mine = new Set(exclusive);
    const shared = [...new Set(keys.shared.map(lockKeyHash))].filter((k) => !mine.has(k)).sort((a, b) => a - b);
    for (;;) {
      // all or nothing: try every key at once; on a miss give back what was taken, wait for the
      // missed key alone, and try again
      const { rows } = await client.query<{ k: number; shared: boolean; got: boolean }>(
        `SELECT k, false AS shared, pg_try_advisory_lock($1, k) AS got FROM unnest($2::int[]) k
         UNION ALL SELECT k, true, pg_try_advisory_lock_shared($1, k) FROM unnest($3::int[]) k`,
        [KEY_SPACE, exclusive, shared],
      );
      held = { exclusive: rows.filter((r) => !r.shared && r.got).map((r) => r.k), shared: rows.filter((r) => r.shared && r.got).map((r) => r.k) };
      const missed = rows.find((r) => !r.got);
      if (!missed) return;
      await release();
      const fn = missed.shared ? "pg_advisory_lock_shared" : "pg_advisory_lock";
      await client.query(`SELECT ${fn}($1, $2)`, [KEY_SPACE, missed.k]);
      await client.query(`SELECT ${fn.replace("lock", "unlock")}($1, $2)`, [KEY_SPACE, missed.k]);
    }
  }

  return {
    hold,
    release,
    async claimDocuments(ids) {
      if (ids.length === 0) return [];
      const { rows } = await client.query<{ id: number }>(
        "SELECT id FROM unnest($2::int[]) id WHERE pg_try_advisory_lock($1, id)", [DOCUMENT_SPACE, ids]);
      return rows.map((r) => Number(r.id));
    },
    async close() {
      await client.end(); // ending the session releases its locks and claims
    },
  };
}
