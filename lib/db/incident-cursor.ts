// The one keyset cursor of incident lists, ordered by (startedAt desc nulls last, id desc): the
// home page's "older" link and the JSON API's nextCursor are the same opaque string.
import type { Prisma } from "./generated/client";

export interface IncidentCursor {
  startedAt: Date | null;
  id: number;
}

/** A cursor string that this module did not write: callers answer 400 (API) or show the first page (site). */
export class InvalidCursorError extends Error {}

// longer than any cursor this module writes ("2026-01-01T00:00:00.000Z|<id>" in base64url)
const MAX_CURSOR_CHARS = 200;

/** The opaque cursor pointing just after this row. */
export function encodeIncidentCursor(row: { startedAt: Date | null; id: number }): string {
  return Buffer.from(`${row.startedAt ? row.startedAt.toISOString() : "-"}|${row.id}`).toString("base64url");
}

/** Reads a cursor back; anything else is an InvalidCursorError. */
export function decodeIncidentCursor(cursor: string): IncidentCursor {
  const text = cursor.length <= MAX_CURSOR_CHARS ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const m = /^(-|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\|([1-9]\d{0,15})$/.exec(text);
  const at = m && m[1] !== "-" ? new Date(m[1]) : null;
  if (!m || (at && Number.isNaN(at.getTime())) || !Number.isSafeInteger(Number(m[2])))
    throw new InvalidCursorError(`db: not an incident cursor: ${JSON.stringify(cursor.slice(0, 40))}`);
  return { startedAt: at, id: Number(m[2]) };
}

/** The Prisma where clause selecting rows strictly after the cursor in list order. */
export function incidentCursorWhere(c: IncidentCursor): Prisma.IncidentWhereInput {
  if (c.startedAt === null) return { startedAt: null, id: { lt: c.id } };
  return { OR: [{ startedAt: { lt: c.startedAt } }, { startedAt: c.startedAt, id: { lt: c.id } }, { startedAt: null }] };
}
