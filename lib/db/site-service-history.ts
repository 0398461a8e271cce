// A service's outage history for /services/<slug>: every incident, counts per year, the longest.
import { getDb } from "./client";
import type { IncidentSummary } from "../domain/incident-summary";
import { serviceSlug } from "../text/service-slug";
import { summaryRowSelect, toIncidentSummary } from "./site-summary";

export { serviceSlug };

export interface ServiceEntry {
  name: string;
  slug: string;
  incidentCount: number;
}

export interface ServiceHistory {
  name: string;
  slug: string;
  incidents: IncidentSummary[]; // newest first
  perYear: { year: number; count: number; totalMinutes: number }[]; // ascending, gap years included
  longest: IncidentSummary[]; // by duration, longest first, known durations only
  // slugs of the incidents this service did not fail in itself but went down because another did
  // (the export's affectedServices): its cards say so, or the history would read as its own outages
  knockOn: string[];
}

/** Every service that has at least one incident, with how many, most affected first. */
export async function listServices(): Promise<ServiceEntry[]> {
  const groups = await getDb().incidentService.groupBy({ by: ["service"], _count: { incidentId: true } });
  return groups
    .map((g) => ({ name: g.service, slug: serviceSlug(g.service), incidentCount: g._count.incidentId }))
    .sort((a, b) => b.incidentCount - a.incidentCount || a.name.localeCompare(b.name));
}

/** The history of the service whose slug is `slug` (case-insensitive), or null when none matches. */
export async function getServiceHistory(slug: string): Promise<ServiceHistory | null> {
  const wanted = serviceSlug(slug);
  const names = (await listServices()).filter((s) => s.slug === wanted).map((s) => s.name);
  if (!wanted || names.length === 0) return null;
  const rows = await getDb().incident.findMany({
    where: { serviceLinks: { some: { service: { in: names } } } },
    select: summaryRowSelect,
    orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  });
  const incidents = rows.map(toIncidentSummary);
  const longest = incidents
    .filter((i) => i.durationMinutes != null && i.durationMinutes > 0)
    .sort((a, b) => (b.durationMinutes ?? 0) - (a.durationMinutes ?? 0))
    .slice(0, 5);
  const knockOn = incidents.filter((i) => !i.services.some((s) => serviceSlug(s) === wanted)).map((i) => i.slug);
  return { name: names[0], slug: wanted, incidents, perYear: countPerYear(incidents), longest, knockOn };
}

/** Incidents and summed known durations per UTC year of their start, with empty years filled in. */
export function countPerYear(incidents: IncidentSummary[]): ServiceHistory["perYear"] {
  const byYear = new Map<number, { count: number; totalMinutes: number }>();
  for (const i of incidents) {
    if (!i.startedAt) continue;
    const year = new Date(i.startedAt).getUTCFullYear();
    const cur = byYear.get(year) ?? { count: 0, totalMinutes: 0 };
    cur.count += 1;
    cur.totalMinutes += i.durationMinutes ?? 0;
    byYear.set(year, cur);
  }
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const out: ServiceHistory["perYear"] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ year: y, ...(byYear.get(y) ?? { count: 0, totalMinutes: 0 }) });
  return out;
}
