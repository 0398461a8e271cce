// One worker at a time turns fetched documents into incidents (issue 21: several workers on one
// database). Clustering reads an incident's neighbourhood and writes it back; two workers doing
// that for the same outage at once would both create its incident. On PostgreSQL a session
// advisory lock on a connection of its own serialises that step across processes and hosts (the
// lock goes with the connection if the worker dies); fetching stays parallel. On SQLite the step
// runs as before (one machine, and the database's single writer).
import pg from "pg";
import { databaseUrl, isPostgresUrl } from "./database-url";

// any constant shared by every process of the project (ensure-postgres uses 72707370)
const PROCESSING_LOCK = 72707371;

/** Runs `fn` holding the cluster-wide processing lock (PostgreSQL), or just runs it (SQLite). */
export async function withProcessingLock<T>(fn: () => Promise<T>): Promise<T> {
  const url = databaseUrl();
  if (!isPostgresUrl(url)) return fn();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PROCESSING_LOCK]);
    return await fn();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}
