// Response cache per (route, params) keyed by the change stamp, with ETag / Last-Modified and 304s.
import crypto from "node:crypto";
import { currentStamp, type ChangeStamp } from "./change-stamp";
import { isNotModified } from "./is-not-modified";
import { stampedLru } from "./stamp-memo";

export interface Built { body: string; lastModified: Date; redirect?: string }
// the body is kept encoded: a 50-item feed is tens of kB, and encoding it on every request showed in p99
interface Entry { body: Uint8Array<ArrayBuffer>; etag: string; lastModified: Date; redirect?: string }

const entries = stampedLru<Entry>(2000);
// browsers keep feeds and API answers 30 s; a shared cache (nginx, a CDN) as long, then serves the
// stale copy while it fetches the new one, so a change reaches readers within about 30 s
const SHARED_CACHE = "public, max-age=30, s-maxage=30, stale-while-revalidate=300";

function entryFor(key: string, stamp: ChangeStamp, build: (stamp: ChangeStamp) => Promise<Built>): Promise<Entry> {
  return entries(key, stamp.key, () => build(stamp).then(({ body, lastModified, redirect }) => {
    const etag = `"${crypto.createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`;
    return { body: new TextEncoder().encode(body), etag, redirect, lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000) };
  }));
}

/** Serves `build()`'s body for `key`, rebuilt only when the database changed; 304 when the client has it. */
export async function cachedResponse(req: Request, key: string, type: string, build: (stamp: ChangeStamp) => Promise<Built>, vary: string[] = []): Promise<Response> {
  const stamp = await currentStamp();
  const e = await entryFor(key, stamp, build);
  if (e.redirect) return new Response(null, { status: 308, headers: { location: e.redirect, "cache-control": SHARED_CACHE } });
  const headers = {
    etag: e.etag, "last-modified": e.lastModified.toUTCString(), "cache-control": SHARED_CACHE,
    vary: ["Accept-Encoding", ...vary].join(", "), // only what changes the body
  };
  if (isNotModified(req.headers.get("if-none-match"), req.headers.get("if-modified-since"), e.etag, e.lastModified)) return new Response(null, { status: 304, headers });
  return new Response(e.body, { status: 200, headers: { ...headers, "content-type": type } });
}
