// When to look at a source again: its kind's polling interval after a success, an exponential
// backoff after failures, never earlier than the server's Retry-After.
import type { SourceKind } from "../../domain/types";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const INTERVAL: Record<SourceKind, number> = { feed: 30 * MINUTE, social: 15 * MINUTE, statuspage: 10 * MINUTE, page: DAY };

/**
 * The next fetch time; `failures` is the consecutive-failure count after this fetch, `intervalMs`
 * an operator's interval that replaces the kind's.
 */
export function nextFetchAt(now: Date, kind: SourceKind, failures: number, retryAfterMs?: number, intervalMs?: number): Date {
  const base = intervalMs ?? INTERVAL[kind] ?? INTERVAL.feed;
  const backoff = Math.min(Math.max(DAY, base), base * 2 ** Math.min(failures, 20));
  const wait = Math.max(backoff, Math.min(retryAfterMs ?? 0, 7 * DAY));
  return new Date(now.getTime() + wait);
}
