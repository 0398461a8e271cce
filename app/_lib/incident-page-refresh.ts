// Keeps the cached incident pages (Pages Router ISR, one per language) in step with the database.
// Once a second the server checks the database's change token (SQLite's data_version; on
// PostgreSQL the count of NOTIFY notices, which also wake it at once, from an ingest on any host:
// lib/db/data-version.ts); when another process has committed, it
// asks its own /api/internal/revalidate-incidents route (which calls Next's res.revalidate) to
// re-render the pages of the incidents that changed. Readers therefore see an ingest's changes
// within about a second, and between changes every request is a cache hit.
import { serverEnv } from "../../lib/config/server-env";
import { getDataVersion, onDatabaseChange } from "../../lib/db/data-version";
import { latestIncidentChange, listIncidentChangesSince } from "../../lib/db/incident-changes";
import { LOCALES } from "../../lib/i18n/resolve-locale";
import { incidentPath } from "./incident-metadata";

const POLL_MS = 1000;
const state = globalThis as unknown as { outageAtlasRefresh?: { secret: string; timer: NodeJS.Timeout } };

/** The per-process secret the internal revalidation route checks (null when the watcher is not running). */
export function refreshSecret(): string | null {
  return state.outageAtlasRefresh?.secret ?? null;
}

/** Paths of the cached pages of these incidents, in every language. */
export function incidentPagePaths(slugs: string[]): string[] {
  return slugs.flatMap((s) => LOCALES.map((l) => incidentPath(encodeURIComponent(s), l)));
}

/** Asks the running server to re-render these incident pages now. */
export async function refreshIncidentPages(slugs: string[]): Promise<void> {
  const secret = refreshSecret();
  const { PORT: port, INTERNAL_ORIGIN } = serverEnv();
  if (!secret || !port || slugs.length === 0) return;
  const origin = INTERNAL_ORIGIN ?? `http://127.0.0.1:${port}`;
  const res = await fetch(`${origin}/api/internal/revalidate-incidents`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ paths: incidentPagePaths(slugs) }),
  });
  if (!res.ok) throw new Error(`revalidate-incidents answered ${res.status}`);
}

/** Starts the once-a-second watcher (idempotent). */
export function startIncidentPageRefresh(): void {
  if (state.outageAtlasRefresh) return;
  const secret = crypto.randomUUID();
  let version: string | null = null;
  let since: Date | null = null;
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const v = await getDataVersion();
      if (version === null) [version, since] = [v, await latestIncidentChange()];
      if (v === version || since === null) return;
      const changes = await listIncidentChangesSince(since);
      await refreshIncidentPages(changes.slugs);
      [version, since] = [v, changes.newest]; // only after success: a failed refresh is retried
    } catch (e) {
      console.error(`incident page refresh: ${(e as Error).message}`);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, POLL_MS);
  timer.unref();
  onDatabaseChange(() => void tick());
  state.outageAtlasRefresh = { secret, timer };
}
