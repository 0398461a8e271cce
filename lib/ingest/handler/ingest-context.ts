// What every step of one ingest run shares: the clock and the fetch policy.
import type { RetryOptions } from "../fetcher/fetch-with-retry";

export interface IngestContext {
  now: Date;
  fetch: RetryOptions;
  maxItemsPerFeed: number;
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
  return { now: new Date(), fetch: {}, maxItemsPerFeed: 500, ...over };
}
