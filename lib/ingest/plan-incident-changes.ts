// Turns a re-clustered neighbourhood into writes: which existing incident each group continues
// (slugs stay stable), which incidents merged away, and each group's rebuilt incident.
import type { ExtractedDocument } from "../domain/types";
import { clusterDocuments } from "../cluster/cluster-documents";
import { indexKeys, UNDATED } from "../cluster/index-keys";
import { incidentDay } from "../cluster/incident-day";
import { makeSlug, UNDATED_PREFIX } from "../cluster/make-slug";
import { buildIncident } from "../timeline/build-incident";
import { listSlugsStartingWith, type IncidentChangeSet, type StoredIncidentRef } from "../db/incident-writes";

/** Pairs groups with the existing incidents they overlap most (largest overlap first, then oldest). */
function matchGroups(groups: ExtractedDocument[][], incidents: StoredIncidentRef[]): Map<number, StoredIncidentRef> {
  const pairs: { g: number; inc: StoredIncidentRef; n: number }[] = [];
  groups.forEach((group, g) => {
    const ids = new Set(group.map((d) => d.id));
    for (const inc of incidents) {
      const n = inc.documentIds.filter((id) => ids.has(id)).length;
      if (n > 0) pairs.push({ g, inc, n });
    }
  });
  pairs.sort((a, b) => b.n - a.n || a.inc.id - b.inc.id || a.g - b.g);
  const byGroup = new Map<number, StoredIncidentRef>();
  const used = new Set<number>();
  for (const p of pairs) {
    if (byGroup.has(p.g) || used.has(p.inc.id)) continue;
    byGroup.set(p.g, p.inc);
    used.add(p.inc.id);
  }
  return byGroup;
}

/** Plans the incident writes for one neighbourhood of outage documents. */
export async function planIncidentChanges(docs: ExtractedDocument[], incidents: StoredIncidentRef[], now: Date): Promise<IncidentChangeSet> {
  const groups = clusterDocuments(docs);
  const matched = matchGroups(groups, incidents);
  const takenByPrefix = new Map<string, Set<string>>();
  const set: IncidentChangeSet = { writes: [], absorbed: [] };
  for (const [g, group] of groups.entries()) {
    const existing = matched.get(g) ?? null;
    const incident = buildIncident(existing?.slug ?? "pending", group, now);
    if (!existing) {
      // the day comes from the documents, never from when they were processed
      const day = incidentDay(group, incident.startedAt);
      const prefix = day ?? UNDATED_PREFIX;
      if (!takenByPrefix.has(prefix)) takenByPrefix.set(prefix, await listSlugsStartingWith(prefix));
      const taken = takenByPrefix.get(prefix)!;
      incident.slug = makeSlug(day, incident.services, (s) => taken.has(s));
      taken.add(incident.slug);
    }
    set.writes.push({ existingId: existing?.id ?? null, incident, documentIds: group.map((d) => d.id), keys: groupKeys(group) });
  }
  const kept = new Set([...matched.values()].map((i) => i.id));
  for (const inc of incidents) {
    if (kept.has(inc.id)) continue;
    // merged away: redirect to the group that took most of its documents
    let best: { slug: string; n: number } | null = null;
    for (const w of set.writes) {
      const n = inc.documentIds.filter((id) => w.documentIds.includes(id)).length;
      if (n > 0 && (!best || n > best.n)) best = { slug: w.incident.slug, n };
    }
    set.absorbed.push({ id: inc.id, slug: inc.slug, intoSlug: best?.slug ?? null });
  }
  return set;
}

/** The keys an incident is filed under: its documents' keys, but `service|undated` only while no
 * document of it has a day (dated reports of the service look those up; an incident they can find by
 * its days must not be pulled into every neighbourhood of its service). */
function groupKeys(group: ExtractedDocument[]): string[] {
  const keys = [...new Set(group.flatMap((d) => indexKeys(d.facts, d.publishedAt)))];
  const dated = keys.some((k) => !k.endsWith(`|${UNDATED}`) && !k.endsWith("|any"));
  return dated ? keys.filter((k) => !k.endsWith(`|${UNDATED}`)) : keys;
}
