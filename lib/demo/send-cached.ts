// Conditional GET for the demo server: ETag / Last-Modified validators and 304 Not Modified.
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isNotModified } from "../http/is-not-modified";

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

/** Answers 200 with the body (or no body for HEAD), or 304 when the client's copy is current. */
export function sendCached(req: IncomingMessage, res: ServerResponse, r: CachedResource): void {
  const headers = {
    ETag: r.etag,
    "Last-Modified": r.lastModified.toUTCString(),
    "Cache-Control": "public, max-age=60",
  };
  if (isNotModified(req.headers["if-none-match"], req.headers["if-modified-since"], r.etag, r.lastModified)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, "Content-Type": r.contentType, "Content-Length": r.body.length });
  res.end(req.method === "HEAD" ? undefined : r.body);
}
