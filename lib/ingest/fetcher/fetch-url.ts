// One polite HTTP GET (Miniflux's fetcher): clear User-Agent, conditional headers, connect and
// total timeouts, redirects followed by hand (max 5, loops detected), the body capped while it
// streams and again after decompression (gzip bombs), and status codes mapped to FetchError.
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { checkConnectedAddress, checkLiteralHost, guardedLookup } from "./address-policy";
import { FetchError } from "./fetch-error";
import { parseRetryAfter } from "./parse-retry-after";

export const USER_AGENT = "OutageAtlas/0.1 (+https://outage-atlas.example/bot)";

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: string;
}

export interface FetchedResponse {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  contentLocation: string | null; // a feed's base URI when present (RFC 2616 §14.14)
  contentLanguage: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Buffer;
}

export const DEFAULTS = { connectTimeoutMs: 10_000, totalTimeoutMs: 30_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Fetches `url`, following redirects, and returns the decoded-transfer (not charset) body. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<FetchedResponse> {
  const o = { ...DEFAULTS, ...opts };
  const deadline = AbortSignal.timeout(o.totalTimeoutMs);
  const seen = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    if (seen.has(current)) throw new FetchError(`redirect loop at ${current}`);
    seen.add(current);
    const res = await request(current, o, deadline);
    const location = res.headers.location;
    if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
      res.resume();
      if (hop >= o.maxRedirects) throw new FetchError(`more than ${o.maxRedirects} redirects`);
      current = new URL(location, current).toString();
      continue;
    }
    return finish(url, current, res, o, deadline);
  }
}

function request(url: string, o: typeof DEFAULTS & FetchOptions, deadline: AbortSignal): Promise<http.IncomingMessage> {
  const u = new URL(url);
  if (u.protocol !== "http:" && u.protocol !== "https:") return Promise.reject(new FetchError(`unsupported URL scheme ${u.protocol}`));
  // every hop (the first URL and each redirect) passes the address policy before connecting
  try {
    checkLiteralHost(u);
  } catch (e) {
    return Promise.reject(e);
  }
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    accept: o.accept ?? "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, application/json;q=0.8, */*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
  };
  if (o.etag) headers["if-none-match"] = o.etag;
  if (o.lastModified) headers["if-modified-since"] = o.lastModified;
  const lib = u.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.get(u, { headers, agent: u.protocol === "https:" ? agents.https : agents.http, signal: deadline, lookup: guardedLookup(u) });
    req.on("socket", (socket) => {
      if (!socket.connecting) return;
      // before the request is written: the peer actually connected to must be allowed too
      socket.prependOnceListener("connect", () => {
        try {
          checkConnectedAddress(u, socket.remoteAddress);
        } catch (e) {
          req.destroy(e as Error);
        }
      });
      const t = setTimeout(() => req.destroy(new FetchError(`connect timeout after ${o.connectTimeoutMs} ms`, { transient: true })), o.connectTimeoutMs);
      socket.once("connect", () => clearTimeout(t));
      socket.once("close", () => clearTimeout(t));
    });
    req.on("response", resolve);
    req.on("error", (e) => reject(networkError(e, o.totalTimeoutMs)));
  });
}

function networkError(e: Error & { code?: string }, totalMs: number): FetchError {
  if (e instanceof FetchError) return e;
  if (e.name === "AbortError" || e.name === "TimeoutError" || e.code === "ABORT_ERR") {
    return new FetchError(`timed out after ${totalMs} ms`, { transient: true });
  }
  return new FetchError(`${e.code ?? "network error"}: ${e.message}`, { transient: true });
}

async function finish(requestedUrl: string, finalUrl: string, res: http.IncomingMessage, o: typeof DEFAULTS, deadline: AbortSignal): Promise<FetchedResponse> {
  const status = res.statusCode ?? 0;
  const base = {
    requestedUrl, finalUrl, status,
    contentType: res.headers["content-type"] ?? null,
    contentLocation: (res.headers["content-location"] as string | undefined) ?? null,
    contentLanguage: (res.headers["content-language"] as string | undefined) ?? null,
    etag: (res.headers.etag as string | undefined) ?? null,
    lastModified: res.headers["last-modified"] ?? null,
  };
  if (status === 304) {
    res.resume();
    return { ...base, notModified: true, body: Buffer.alloc(0) };
  }
  if (status < 200 || status >= 300) {
    res.resume();
    throw statusError(status, res);
  }
  const declared = Number(res.headers["content-length"]);
  if (declared > o.maxBytes) {
    res.destroy();
    throw new FetchError(`body exceeds ${mb(o.maxBytes)} (Content-Length ${declared})`);
  }
  const raw = await readCapped(res, o.maxBytes, deadline, o.totalTimeoutMs);
  return { ...base, notModified: false, body: decompress(raw, res.headers["content-encoding"], o.maxBytes) };
}

function statusError(status: number, res: http.IncomingMessage): FetchError {
  const text = `${status} ${http.STATUS_CODES[status] ?? ""}`.trim();
  if (status === 410) return new FetchError(`${text}: source retired`, { status, retired: true });
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(res.headers["retry-after"], new Date()) ?? undefined;
    return new FetchError(retryAfterMs === undefined ? text : `${text} (Retry-After ${Math.round(retryAfterMs / 1000)} s)`, { status, retryAfterMs, transient: true });
  }
  return new FetchError(text, { status, transient: status >= 500 });
}

function readCapped(res: http.IncomingMessage, maxBytes: number, deadline: AbortSignal, totalMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    // the first cause wins: destroying the stream also emits "aborted" and "error" afterwards
    const settle = (err: FetchError | null) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener("abort", onAbort);
      if (err) {
        reject(err);
        res.destroy();
      } else resolve(Buffer.concat(chunks));
    };
    const timedOut = () => new FetchError(`timed out after ${totalMs} ms while reading the body`, { transient: true });
    const onAbort = () => settle(timedOut());
    deadline.addEventListener("abort", onAbort, { once: true });
    res.on("data", (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) return settle(new FetchError(`body exceeds ${mb(maxBytes)}`));
      chunks.push(c);
    });
    res.on("end", () => settle(null));
    res.on("error", (e) => settle(deadline.aborted ? timedOut() : networkError(e, totalMs)));
    res.on("aborted", () => settle(deadline.aborted ? timedOut() : new FetchError("connection closed before the body ended", { transient: true })));
  });
}

function decompress(raw: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const enc = (encoding ?? "identity").trim().toLowerCase();
  // maxOutputLength stops a small compressed body that inflates to gigabytes (a "gzip bomb")
  const opts = { maxOutputLength: maxBytes, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  try {
    if (enc === "gzip" || enc === "x-gzip") return zlib.gunzipSync(raw, opts);
    if (enc === "deflate") return inflateEither(raw, opts);
    if (enc === "br") return zlib.brotliDecompressSync(raw, { maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new FetchError(`body exceeds ${mb(maxBytes)} after decompression`);
    throw new FetchError(`cannot decompress ${enc} body: ${(e as Error).message}`);
  }
  return raw;
}

// "deflate" is zlib-wrapped per RFC 9110, but some servers send raw DEFLATE (RFC 1951).
function inflateEither(raw: Buffer, opts: zlib.ZlibOptions): Buffer {
  try {
    return zlib.inflateSync(raw, opts);
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw e;
    return zlib.inflateRawSync(raw, opts);
  }
}
