// The day an incident's slug carries: its start's day, else the outage day most of its documents
// give, else their earliest publication day. Never the day it was fetched or processed: a group of
// documents that give no day at all (no date in their text, feed or page) has none, and its slug
// says so, rather than opening an outage "today" that every later re-run would date differently.
import type { ExtractedDocument } from "../domain/types";

/** The incident's day (YYYY-MM-DD) from its start or its documents, or null when none gives one. */
export function incidentDay(group: ExtractedDocument[], startedAt: string | null): string | null {
  if (startedAt) return startedAt.slice(0, 10);
  // the day most documents give wins over one retrospective's older day; ties go to the earliest
  const votes = new Map<string, number>();
  for (const d of group) if (d.facts.outageDay) votes.set(d.facts.outageDay, (votes.get(d.facts.outageDay) ?? 0) + 1);
  const voted = [...votes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
  if (voted) return voted[0];
  const published = group.map((d) => d.publishedAt?.slice(0, 10)).filter((x): x is string => Boolean(x)).sort();
  return published[0] ?? null;
}
