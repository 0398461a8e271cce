// Conditional GET for the demo server: ETag / Last-Modified validators and 304 Not Modified.
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface CachedResource {
  body: Buffer;
  contentType: string;
  lastModified: Date;
  etag: string;
}

/** Wraps a rendered body with a strong ETag (a hash of the bytes) and its Last-Modified date. */
export function cachedResource(body: string | Buffer, contentType: string, lastModified: Date): CachedResource {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  const etag = `"${crypto.createHash("sha1").update(bytes).digest("base64url").slice(0, 20)}"`;
  // HTTP dates have one-second precision (RFC 9110 §5.6.7); keep the validator comparable.
  const lm = new Date(Math.floor(lastModified.getTime() / 1000) * 1000);
  return { body: bytes, contentType, lastModified: lm, etag };
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** True when the request's validators show the client already holds this version. */
export function isNotModified(req: IncomingMessage, r: CachedResource): boolean {
  const inm = req.headers["if-none-match"];
  if (inm !== undefined) return etagMatches(inm, r.etag); // If-None-Match wins over If-Modified-Since
  const ims = req.headers["if-modified-since"];
  if (!ims) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && r.lastModified.getTime() <= since;
}

/** Answers 200 with the body (or no body for HEAD), or 304 when the client's copy is current. */
export function sendCached(req: IncomingMessage, res: ServerResponse, r: CachedResource): void {
  const headers = {
    ETag: r.etag,
    "Last-Modified": r.lastModified.toUTCString(),
    "Cache-Control": "public, max-age=60",
  };
  if (isNotModified(req, r)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, "Content-Type": r.contentType, "Content-Length": r.body.length });
  res.end(req.method === "HEAD" ? undefined : r.body);
}
