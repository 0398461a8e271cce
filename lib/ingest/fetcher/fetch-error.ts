// Errors of one HTTP fetch, with what the scheduler needs to know (status, Retry-After, retired).

export interface FetchErrorInfo {
  status?: number;
  retryAfterMs?: number;
  transient?: boolean; // worth retrying now: 5xx, timeouts, connection resets
  retired?: boolean; // 410 Gone: the source asks never to be fetched again
  refused?: boolean; // the address policy refused the host (a private address not allowed)
}

/** An HTTP failure; the message always starts with "fetcher:" so a stored error names its step. */
export class FetchError extends Error {
  readonly info: FetchErrorInfo;
  constructor(message: string, info: FetchErrorInfo = {}) {
    super(message.startsWith("fetcher:") ? message : `fetcher: ${message}`);
    this.name = "FetchError";
    this.info = info;
  }
}
