// Errors a route may raise on purpose; error-response.ts turns them into JSON responses.
export type ApiErrorCode = "bad-request" | "bad-cursor" | "not-found" | "unavailable";

const STATUS: Record<ApiErrorCode, number> = { "bad-request": 400, "bad-cursor": 400, "not-found": 404, unavailable: 503 };

/** An error whose message is safe to show to the client, with its HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  constructor(readonly code: ApiErrorCode, message: string) {
    super(message);
    this.status = STATUS[code];
  }
}
