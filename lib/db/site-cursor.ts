// Keyset cursor for incident lists ordered by (startedAt desc nulls last, id desc).
export interface IncidentCursor {
  startedAt: Date | null;
  id: number;
}

/** The opaque cursor pointing just after this row. */
export function encodeIncidentCursor(row: { startedAt: Date | null; id: number }): string {
  return Buffer.from(`${row.startedAt ? row.startedAt.toISOString() : "-"}|${row.id}`).toString("base64url");
}

/** Reads a cursor back; a malformed one is a clear error (the caller maps it to a 400 or ignores it). */
export function decodeIncidentCursor(cursor: string): IncidentCursor {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^(-|\d{4}-\d\d-\d\dT[\d:.]+Z)\|(\d+)$/.exec(text);
  if (!m) throw new Error(`db: invalid incident cursor "${cursor}"`);
  return { startedAt: m[1] === "-" ? null : new Date(m[1]), id: Number(m[2]) };
}

/** The Prisma where clause selecting rows strictly after the cursor in list order. */
export function incidentCursorWhere(c: IncidentCursor) {
  if (c.startedAt === null) return { startedAt: null, id: { lt: c.id } };
  return {
    OR: [
      { startedAt: { lt: c.startedAt } },
      { startedAt: c.startedAt, id: { lt: c.id } },
      { startedAt: null },
    ],
  };
}
