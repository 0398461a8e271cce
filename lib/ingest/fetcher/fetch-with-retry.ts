// Retries what is worth retrying now (5xx, timeouts, resets) with exponential backoff, and waits
// out a short Retry-After on 429/503; a long one is left to the scheduler (nextFetchAt).
import { FetchError } from "./fetch-error";
import { fetchUrl, type FetchOptions, type FetchedResponse } from "./fetch-url";
import { limitHost } from "./limit-host";

export interface RetryOptions extends FetchOptions {
  retries?: number; // extra attempts after the first
  backoffMs?: number; // first backoff; doubles each attempt
  maxRetryAfterWaitMs?: number; // Retry-After longer than this is not waited for in this run
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** fetchUrl under the per-host limit, with retries; throws the last FetchError. */
export async function fetchWithRetry(url: string, opts: RetryOptions = {}): Promise<FetchedResponse> {
  const retries = opts.retries ?? 2;
  const backoffMs = opts.backoffMs ?? 500;
  const maxWait = opts.maxRetryAfterWaitMs ?? 10_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await limitHost(url, () => fetchUrl(url, opts));
    } catch (e) {
      const err = e instanceof FetchError ? e : new FetchError((e as Error).message, { transient: true });
      if (!err.info.transient || attempt >= retries) throw err;
      const retryAfter = err.info.retryAfterMs;
      if (retryAfter !== undefined && retryAfter > maxWait) throw err;
      // jitter keeps many clients from retrying in lockstep
      await sleep(retryAfter ?? backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5));
    }
  }
}
