// A token that changes whenever another process (an ingest, on this host or another) commits to
// the database; pages key their caches on it and the incident page watcher polls it.
// SQLite: `PRAGMA data_version` on the process's single connection.
// PostgreSQL: a count of the notices on "outage_atlas_changes" (LISTEN/NOTIFY, migration
// 0009_change_notify) heard by a connection of its own; a lost connection counts as a change,
// since notices sent while it was down are gone.
import pg from "pg";
import { databaseUrl, isPostgresUrl } from "./database-url";
import { getDb, onCloseDb } from "./client";

// data_version restarts with each connection, and Next's data cache outlives the process
const bootId = `${process.pid}-${Date.now().toString(36)}`;
export const CHANGE_CHANNEL = "outage_atlas_changes";

interface Listener { url: string; client: pg.Client | null; count: number; connecting: Promise<void> | null; onChange: Set<() => void> }
const state = globalThis as unknown as { outageAtlasListener?: Listener };

function listener(url: string): Listener {
  const l = state.outageAtlasListener;
  if (l && l.url === url) return l;
  if (l?.client) void l.client.end().catch(() => undefined);
  state.outageAtlasListener = { url, client: null, count: 0, connecting: null, onChange: l?.onChange ?? new Set() };
  return state.outageAtlasListener;
}

function changed(l: Listener): void {
  l.count++;
  for (const f of l.onChange) f();
}

async function listen(l: Listener): Promise<void> {
  if (l.client) return;
  l.connecting ??= (async () => {
    const client = new pg.Client({ connectionString: l.url });
    const lost = () => {
      if (l.client !== client) return;
      l.client = null;
      changed(l); // notices sent while no one listened are lost: assume something changed
    };
    client.on("notification", () => changed(l));
    client.on("error", lost);
    client.on("end", lost);
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    l.client = client;
  })().finally(() => (l.connecting = null));
  await l.connecting;
}

/** The current change token of DATABASE_URL's database. */
export async function getDataVersion(): Promise<string> {
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    const l = listener(url);
    await listen(l);
    return `${bootId}:pg:${l.count}`;
  }
  const rows = await getDb().$queryRawUnsafe<{ data_version: bigint | number }[]>("PRAGMA data_version");
  return `${bootId}:${String(rows[0]?.data_version ?? 0)}`;
}

/** Calls `f` on each change notice (PostgreSQL: at once, without waiting for the next poll; SQLite:
 * never, its watcher polls data_version). Returns the function that stops it. */
export function onDatabaseChange(f: () => void): () => void {
  const url = databaseUrl();
  if (!isPostgresUrl(url)) return () => undefined;
  const l = listener(url);
  l.onChange.add(f);
  void listen(l).catch(() => undefined);
  return () => l.onChange.delete(f);
}

/** Stops listening (end of a test or a CLI run). */
export async function closeDataVersion(): Promise<void> {
  const l = state.outageAtlasListener;
  state.outageAtlasListener = undefined;
  if (l?.client) {
    const c = l.client;
    l.client = null;
    await c.end().catch(() => undefined);
  }
}

onCloseDb(closeDataVersion);
