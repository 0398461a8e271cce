// Opaque pagination cursors: base64url JSON of the last row's (startedAt, id).
import { z } from "zod";
import type { IncidentCursor } from "../db/api-reads";
import { ApiError } from "./api-error";

const cursorSchema = z.object({
  s: z.string().datetime().nullable(),
  i: z.number().int().positive(),
});

/** Encodes the position after `c`. */
export function encodeCursor(c: IncidentCursor): string {
  return Buffer.from(JSON.stringify({ s: c.startedAt, i: c.id })).toString("base64url");
}

/** Decodes a cursor from a URL; anything not produced by encodeCursor is a 400 bad-cursor. */
export function decodeCursor(raw: string): IncidentCursor {
  let value: unknown;
  try {
    value = raw.length <= 200 ? JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) : null;
  } catch {
    value = null;
  }
  const parsed = cursorSchema.safeParse(value);
  if (!parsed.success) throw new ApiError("bad-cursor", "cursor: not a cursor returned by this API");
  return { startedAt: parsed.data.s, id: parsed.data.i };
}
