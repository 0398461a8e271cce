// Conditional GET (RFC 9110 13.1), over the two request headers so that the route handlers (Fetch
// Request) and the demo server (node's IncomingMessage) answer 304 the same way.

/** Whether the client's validators show it holds this version: If-None-Match (weak comparison) wins; If-Modified-Since counts only without it. */
export function isNotModified(ifNoneMatch: string | null | undefined, ifModifiedSince: string | null | undefined, etag: string, lastModified: Date): boolean {
  if (ifNoneMatch !== null && ifNoneMatch !== undefined) {
    return ifNoneMatch.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag);
  }
  const since = Date.parse(ifModifiedSince ?? "");
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}
