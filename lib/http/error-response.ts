// The one place that maps errors to HTTP responses: {error: {code, message}}, internals never leak.
import { ApiError } from "./api-error";

function json(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** The response for any error thrown by a route: its own status for ApiError, 503 when busy, else 500. */
export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) return json(err.status, err.code, err.message);
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
    return json(503, "unavailable", "the database is busy, retry shortly", { "retry-after": "1" });
  }
  console.error("http: unexpected error", err);
  return json(500, "internal", "internal error");
}

/** Wraps a route handler so every failure goes through errorResponse. */
export function handleRoute<C>(fn: (req: Request, ctx: C) => Promise<Response>): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    try {
      return await fn(req, ctx);
    } catch (err) {
      return errorResponse(err);
    }
  };
}
