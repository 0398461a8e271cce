// What every step of one ingest run shares: the clock and the fetch policy.
import type { RetryOptions } from "../fetcher/fetch-with-retry";

export interface IngestContext {
  now: Date;
  fetch: RetryOptions;
  maxItemsPerFeed: number;
  /** Overrides every kind's polling interval (the worker's `--interval`); backoff still applies. */
  pollIntervalMs?: number;
  /** What went wrong on the current source without failing it (refused item pages), reported on it. */
  problems?: string[];
  /** True on a source's first poll, which may bring its whole archive (see maxNewPerPoll). */
  firstPoll?: boolean;
  /** New documents one source may add per poll after its first: a feed whose GUIDs and links
   * change at every fetch cannot flood the database (the rest waits for the next poll, reported). */
  maxNewPerPoll: number;
}

export interface DocumentCounts {
  new: number;
  updated: number;
  unchanged: number;
  /** feed items whose linked page could not be fetched (each kept from its description) */
  pagesFailed: number;
}

/** A fresh context with the default fetch policy, overridable for tests and benchmarks. */
export function ingestContext(over: Partial<IngestContext> = {}): IngestContext {
  // 1,000 items: the largest feeds in use (archive feeds) fit whole; queries bind keys in chunks
  return { now: new Date(), fetch: {}, maxItemsPerFeed: 1000, maxNewPerPoll: 200, ...over };
}
