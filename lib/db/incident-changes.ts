// Which incident pages a commit by another process (the ingest) made stale: incidents updated
// since a point in time, and slugs merged away since then (their pages must now redirect).
import { getDb } from "./client";

export type IncidentChanges = { slugs: string[]; newest: Date };

/** Slugs of incidents updated, and of slugs redirected, strictly after `since`; `newest` is the next `since`. */
export async function listIncidentChangesSince(since: Date): Promise<IncidentChanges> {
  const db = getDb();
  const [updated, merged] = await Promise.all([
    db.incident.findMany({ where: { updatedAt: { gt: since } }, select: { slug: true, updatedAt: true } }),
    db.slugRedirect.findMany({ where: { createdAt: { gt: since } }, select: { fromSlug: true, createdAt: true } }),
  ]);
  let newest = since;
  for (const d of [...updated.map((u) => u.updatedAt), ...merged.map((m) => m.createdAt)]) if (d > newest) newest = d;
  return { slugs: [...new Set([...updated.map((u) => u.slug), ...merged.map((m) => m.fromSlug)])], newest };
}

/** The newest change stamp in the database: where a fresh watcher starts. */
export async function latestIncidentChange(): Promise<Date> {
  const db = getDb();
  const [i, r] = await Promise.all([
    db.incident.aggregate({ _max: { updatedAt: true } }),
    db.slugRedirect.aggregate({ _max: { createdAt: true } }),
  ]);
  const dates = [i._max.updatedAt, r._max.createdAt].filter((d): d is Date => d instanceof Date);
  return dates.reduce((a, b) => (b > a ? b : a), new Date(0));
}
