// When to look at a source again: its kind's polling interval after a success, an exponential
// backoff after failures, never earlier than the server's Retry-After.
import type { SourceKind } from "../../domain/types";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const INTERVAL: Record<SourceKind, number> = { feed: 30 * MINUTE, social: 15 * MINUTE, statuspage: 10 * MINUTE, page: DAY };
// while an operator's incident is open its page gains an update every 15 to 60 minutes (Statuspage's
// own guidance is "every 30 minutes"); a 2-minute poll shows each within minutes of its posting
const OPEN_INCIDENT_INTERVAL = 2 * MINUTE;

/**
 * The next fetch time; `failures` is the consecutive-failure count after this fetch. `openIncident`
 * says a status page still has an unresolved incident; `intervalMs` is an operator's interval that
 * replaces the kind's.
 */
export function nextFetchAt(now: Date, kind: SourceKind, failures: number, retryAfterMs?: number, o: { openIncident?: boolean; intervalMs?: number } = {}): Date {
  const base = o.openIncident && kind === "statuspage" ? OPEN_INCIDENT_INTERVAL : o.intervalMs ?? INTERVAL[kind] ?? INTERVAL.feed;
  const backoff = Math.min(Math.max(DAY, base), base * 2 ** Math.min(failures, 20));
  const wait = Math.max(backoff, Math.min(retryAfterMs ?? 0, 7 * DAY));
  return new Date(now.getTime() + wait);
}
