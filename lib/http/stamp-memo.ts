// Values reused until the database changes: each is kept with the change stamp it was built under
// (re-read at most once a second), in an LRU of `max` keys. Concurrent misses share one build, and a
// failed build is never kept. Pages render per request; this spares them the queries between two
// ingest commits, and the feed and API routes their rendering.
import { currentStamp } from "./change-stamp";

/** A keyed cache whose entries are valid for one stamp: `get(key, stamp, build)`. */
export function stampedLru<R>(max: number): (key: string, stamp: string, build: () => Promise<R>) => Promise<R> {
  const entries = new Map<string, { stamp: string; value: Promise<R> }>();
  return (key, stamp, build) => {
    const hit = entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = build();
    value.catch(() => entries.get(key)?.value === value && entries.delete(key));
    entries.delete(key);
    entries.set(key, { stamp, value });
    if (entries.size > max) entries.delete(entries.keys().next().value as string);
    return value;
  };
}

/** `fn` behind the change stamp: the same arguments between two database changes share one result. */
export function memoByStamp<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, max = 500): (...args: A) => Promise<R> {
  const cache = stampedLru<R>(max);
  return async (...args: A) => cache(JSON.stringify(args), (await currentStamp()).key, () => Promise.resolve().then(() => fn(...args)));
}
