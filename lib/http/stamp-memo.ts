// Memoizes a read until the database changes: results are keyed by their arguments and kept while
// the change stamp (re-read at most once a second) stays the same, in an LRU of `max` entries.
// Pages render per request; this spares them the queries between two ingest commits.
import { currentStamp } from "./change-stamp";

/** `fn` behind the change stamp: the same arguments between two database changes share one result. */
export function memoByStamp<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, max = 500): (...args: A) => Promise<R> {
  const entries = new Map<string, { stamp: string; value: Promise<R> }>();
  return async (...args: A) => {
    const stamp = (await currentStamp()).key;
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = Promise.resolve().then(() => fn(...args));
    value.catch(() => entries.get(key)?.value === value && entries.delete(key)); // never keep a failure
    entries.delete(key);
    entries.set(key, { stamp, value });
    if (entries.size > max) entries.delete(entries.keys().next().value as string);
    return value;
  };
}
