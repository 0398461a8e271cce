// A fixed-window counter per client address, in memory and bounded: the admin route refuses a
// token guesser after a few tries without any database work (issue 14).
import { LRUCache } from "lru-cache";

export interface RateLimit {
  /** True when `key` may go on (and counts the attempt); false once it used its allowance. */
  take(key: string): boolean;
}

/** At most `limit` attempts per key per `windowMs`; at most `maxKeys` keys remembered (LRU). */
export function rateLimit(limit: number, windowMs: number, maxKeys = 10_000): RateLimit {
  const windows = new LRUCache<string, { count: number }>({ max: maxKeys, ttl: windowMs, ttlAutopurge: false });
  return {
    take(key) {
      const w = windows.get(key);
      if (!w) {
        windows.set(key, { count: 1 });
        return true;
      }
      w.count++; // same object: the window's expiry is not pushed back
      return w.count <= limit;
    },
  };
}

/** The client address as the nearest proxy reports it (first X-Forwarded-For entry), bounded; "local" without one. */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded ? forwarded.slice(0, 64) : "local";
}
