// Methods the site answers; anything else gets 405 before Next sees the request. TRACE in
// particular cannot even be turned into a fetch Request (undici forbids it), so it failed inside
// Next's request adapter and answered 500 with a logged stack trace (issue 14).
import http from "node:http";

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];
const allowed = new Set(ALLOWED_METHODS);
const state = globalThis as unknown as { outageAtlasMethods?: boolean };

/** Makes every HTTP server of this process answer 405 (Allow: ...) to other methods (idempotent).
 * Next creates its server itself, so the check goes where every server emits its requests. */
export function refuseUnknownMethods(): void {
  if (state.outageAtlasMethods) return;
  state.outageAtlasMethods = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (!allowed.has(req.method ?? "")) {
        res.writeHead(405, { allow: ALLOWED_METHODS.join(", "), "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
        res.end("method not allowed\n");
        return true;
      }
    }
    return (emit as (this: http.Server, e: string | symbol, ...a: unknown[]) => boolean).apply(this, [event, ...args]);
  } as typeof emit;
}
