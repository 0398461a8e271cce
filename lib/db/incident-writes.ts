// Reading the clustering neighbourhood and writing incidents back, one transaction per change set.
import type { IncidentExport } from "../domain/types";
import { chunks } from "./chunk-keys";
import { getDb } from "./client";

export interface StoredIncidentRef {
  id: number;
  slug: string;
  documentIds: number[];
}

// A service-wide key ("service|any", looked up for documents with no day; "service|undated", looked
// up by every dated document for the incidents of undated reports alone) matches only the most recent
// incidents filed under it, so a neighbourhood stays bounded.
const SERVICE_WIDE = (key: string) => key.endsWith("|any") || key.endsWith("|undated");
const ANY_DAY_LIMIT = 20;

/** Incidents filed under any of `keys` (the service x day index), with their document ids. */
export async function findIncidentsByKeys(keys: string[]): Promise<StoredIncidentRef[]> {
  if (keys.length === 0) return [];
  const db = getDb();
  const unique = [...new Set(keys)];
  const hits: { incidentId: number }[] = [];
  for (const part of chunks(unique.filter((k) => !SERVICE_WIDE(k))))
    hits.push(...(await db.incidentKey.findMany({ where: { key: { in: part } }, select: { incidentId: true } })));
  for (const key of unique.filter(SERVICE_WIDE))
    hits.push(...(await db.incidentKey.findMany({ where: { key }, select: { incidentId: true }, orderBy: { incidentId: "desc" }, take: ANY_DAY_LIMIT })));
  return getIncidentRefs([...new Set(hits.map((h) => h.incidentId))]);
}

/** Incidents by id, with their document ids. */
export async function getIncidentRefs(ids: number[]): Promise<StoredIncidentRef[]> {
  const out: StoredIncidentRef[] = [];
  const db = getDb();
  for (const part of chunks([...ids].sort((a, b) => a - b))) {
    const rows = await db.incident.findMany({ where: { id: { in: part } }, select: { id: true, slug: true }, orderBy: { id: "asc" } });
    // the documents in a query of their own: it binds the incident ids only, so an incident of
    // any size is read in one statement (a relation include binds every document id back)
    const docs = await db.document.findMany({ where: { incidentId: { in: part } }, select: { id: true, incidentId: true }, orderBy: { id: "asc" } });
    const byIncident = new Map<number, number[]>();
    for (const d of docs) {
      const list = byIncident.get(d.incidentId as number);
      if (list) list.push(d.id);
      else byIncident.set(d.incidentId as number, [d.id]);
    }
    for (const i of rows) out.push({ id: i.id, slug: i.slug, documentIds: byIncident.get(i.id) ?? [] });
  }
  return out;
}

/** The index keys an incident is filed under, sorted. */
export async function getIncidentKeys(id: number): Promise<string[]> {
  const rows = await getDb().incidentKey.findMany({ where: { incidentId: id }, select: { key: true } });
  return [...new Set(rows.map((r) => r.key))].sort();
}

/** Ids of the incidents that currently hold any of these documents. */
export async function findIncidentIdsHolding(documentIds: number[]): Promise<number[]> {
  const ids = new Set<number>();
  for (const part of chunks(documentIds)) {
    const rows = await getDb().document.findMany({ where: { id: { in: part }, incidentId: { not: null } }, select: { incidentId: true } });
    for (const r of rows) ids.add(r.incidentId as number);
  }
  return [...ids];
}

/** Slugs in use (incidents and redirects) that start with `prefix`, e.g. a date. */
export async function listSlugsStartingWith(prefix: string): Promise<Set<string>> {
  const db = getDb();
  const [a, b] = await Promise.all([
    db.incident.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    db.slugRedirect.findMany({ where: { fromSlug: { startsWith: prefix } }, select: { fromSlug: true } }),
  ]);
  return new Set([...a.map((x) => x.slug), ...b.map((x) => x.fromSlug)]);
}

export interface IncidentWrite {
  existingId: number | null; // reuse this incident (its slug stays), or create one
  incident: IncidentExport;
  documentIds: number[];
  keys: string[];
}

export interface IncidentChangeSet {
  writes: IncidentWrite[];
  absorbed: { id: number; slug: string; intoSlug: string | null }[]; // merged away (redirect) or emptied (deleted)
}

function incidentColumns(inc: IncidentExport) {
  return {
    slug: inc.slug,
    titleEn: inc.title,
    titleFr: inc.titleFr,
    services: JSON.stringify(inc.services),
    startedAt: inc.startedAt ? new Date(inc.startedAt) : null,
    startPrecision: inc.phases?.impactStart?.precision === "day" ? "day" : null,
    endedAt: inc.endedAt ? new Date(inc.endedAt) : null,
    durationMinutes: inc.durationMinutes,
    status: inc.status,
    causeCategory: inc.cause?.category ?? null,
    causeSummary: inc.cause?.summary ?? null,
    causeStatus: inc.cause?.status ?? null,
    detail: JSON.stringify(inc),
  };
}

/** Applies a clustering change set atomically: incidents, their index keys, documents, redirects. */
export async function applyIncidentChanges(set: IncidentChangeSet): Promise<number> {
  const db = getDb();
  await db.$transaction(async (tx) => {
    for (const a of set.absorbed) {
      await tx.document.updateMany({ where: { incidentId: a.id }, data: { incidentId: null } });
      await tx.incident.delete({ where: { id: a.id } });
      if (!a.intoSlug) continue;
      await tx.slugRedirect.upsert({ where: { fromSlug: a.slug }, create: { fromSlug: a.slug, toSlug: a.intoSlug }, update: { toSlug: a.intoSlug } });
      await tx.slugRedirect.updateMany({ where: { toSlug: a.slug }, data: { toSlug: a.intoSlug } });
    }
    for (const w of set.writes) {
      const cols = incidentColumns(w.incident);
      const row = w.existingId
        ? await tx.incident.update({ where: { id: w.existingId }, data: cols })
        : await tx.incident.create({ data: { ...cols, key: cols.slug } });
      await tx.incidentKey.deleteMany({ where: { incidentId: row.id } });
      for (const part of chunks([...new Set(w.keys)])) await tx.incidentKey.createMany({ data: part.map((key) => ({ incidentId: row.id, key })) });
      await tx.incidentService.deleteMany({ where: { incidentId: row.id } });
      const day = (w.incident.startedAt ?? "").slice(0, 10) || "unknown";
      // a knock-on victim's history lists the outage too (its page is where its users look)
      const linked = [...new Set([...w.incident.services, ...(w.incident.affectedServices ?? [])])];
      await tx.incidentService.createMany({ data: linked.map((service) => ({ incidentId: row.id, service, day })) });
      for (const part of chunks(w.documentIds)) await tx.document.updateMany({ where: { id: { in: part } }, data: { incidentId: row.id, unassignedReason: null } });
    }
  }, { timeout: 60000 });
  return set.writes.length + set.absorbed.length;
}
