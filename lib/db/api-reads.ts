// Reads behind the JSON API, the feeds and the sitemap: incidents in the export's shape.
import type { CauseCategory, CauseStatus, DocumentKind, IncidentExport } from "../domain/types";
import type { Prisma } from "./generated/client";
import { getDb } from "./client";
import { parseJsonArray } from "./site-json";

type IncidentRow = Prisma.IncidentGetPayload<object>;
type DocRow = { url: string; title: string; lang: string | null; publishedAt: Date | null; kind: string; source: { name: string | null } | null };
const DOC_SELECT = { url: true, title: true, lang: true, publishedAt: true, kind: true, source: { select: { name: true } } } as const;

export interface StoredIncident { incident: IncidentExport; updatedAt: Date; id: number }
export interface IncidentCursor { startedAt: string | null; id: number }
export interface IncidentListFilter {
  ids?: number[]; // restrict to these (full-text matches)
  service?: string; from?: Date; to?: Date; lang?: string;
  cursor?: IncidentCursor; limit: number;
}

function parseDetail(json: string): Partial<IncidentExport> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === "object" ? (v as Partial<IncidentExport>) : {};
  } catch {
    return {};
  }
}

/** Row + member documents -> the export's incident; columns win over the detail JSON. */
function reshapeIncident(row: IncidentRow, docs: DocRow[] | null): IncidentExport {
  const d = parseDetail(row.detail);
  const cause = row.causeCategory
    ? { ...d.cause, category: row.causeCategory as CauseCategory, summary: row.causeSummary ?? "", status: (row.causeStatus ?? "reported") as CauseStatus, sources: d.cause?.sources ?? [] }
    : null;
  return {
    slug: row.slug, title: row.titleEn, titleFr: row.titleFr, services: parseJsonArray(row.services),
    startedAt: row.startedAt?.toISOString() ?? null, endedAt: row.endedAt?.toISOString() ?? null,
    durationMinutes: row.durationMinutes, status: row.status === "ongoing" ? "ongoing" : "resolved", cause,
    timeline: d.timeline ?? [], conflicts: d.conflicts ?? [], statements: d.statements ?? [], reactions: d.reactions ?? [], impacts: d.impacts ?? [],
    documents: docs
      ? docs.map((x) => ({ url: x.url, title: x.title, lang: x.lang ?? "", publishedAt: x.publishedAt?.toISOString() ?? null, kind: x.kind as DocumentKind, source: x.source?.name ?? null }))
      : d.documents ?? [],
  };
}

function cursorWhere(c: IncidentCursor): Prisma.IncidentWhereInput {
  // order is startedAt DESC (NULLs last in SQLite's DESC), then id DESC
  if (c.startedAt === null) return { startedAt: null, id: { lt: c.id } };
  const at = new Date(c.startedAt);
  return { OR: [{ startedAt: { lt: at } }, { startedAt: at, id: { lt: c.id } }, { startedAt: null }] };
}

function listWhere(f: IncidentListFilter): Prisma.IncidentWhereInput {
  const and: Prisma.IncidentWhereInput[] = [];
  if (f.ids) and.push({ id: { in: f.ids } });
  if (f.service) and.push({ serviceLinks: { some: { service: f.service } } });
  if (f.from || f.to) and.push({ startedAt: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } });
  if (f.lang) and.push({ documents: { some: { lang: f.lang } } });
  if (f.cursor) and.push(cursorWhere(f.cursor));
  return { AND: and };
}

/** One page of incidents, newest start first, and the cursor of the next page (null at the end). */
export async function listIncidents(f: IncidentListFilter): Promise<{ items: IncidentExport[]; next: IncidentCursor | null }> {
  const rows = await getDb().incident.findMany({
    where: listWhere(f), orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: f.limit + 1,
    include: { documents: { select: DOC_SELECT, orderBy: [{ publishedAt: "asc" }, { id: "asc" }] } },
  });
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  const next = rows.length > f.limit && last ? { startedAt: last.startedAt?.toISOString() ?? null, id: last.id } : null;
  return { items: page.map((r) => reshapeIncident(r, r.documents)), next };
}

/** An incident by slug; `redirect` when the slug was merged into another incident. */
export async function getIncidentBySlug(slug: string): Promise<StoredIncident | { redirect: string } | null> {
  const db = getDb();
  const row = await db.incident.findUnique({
    where: { slug }, include: { documents: { select: DOC_SELECT, orderBy: [{ publishedAt: "asc" }, { id: "asc" }] } },
  });
  if (row) return { incident: reshapeIncident(row, row.documents), updatedAt: row.updatedAt, id: row.id };
  const moved = await db.slugRedirect.findUnique({ where: { fromSlug: slug } });
  return moved ? { redirect: moved.toSlug } : null;
}

/** The latest incidents (optionally of one service) for feeds, documents taken from the detail. */
export async function listIncidentsForFeed(opts: { service?: string; limit: number }): Promise<StoredIncident[]> {
  const rows = await getDb().incident.findMany({
    where: opts.service ? { serviceLinks: { some: { service: opts.service } } } : {},
    orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }], take: opts.limit,
  });
  return rows.map((r) => ({ incident: reshapeIncident(r, null), updatedAt: r.updatedAt, id: r.id }));
}

/** Every incident slug with its last change, and every service name, for the sitemap. */
export async function listSitemapEntries(): Promise<{ incidents: { slug: string; updatedAt: Date }[]; services: string[] }> {
  const db = getDb();
  const [incidents, services] = await Promise.all([
    db.incident.findMany({ select: { slug: true, updatedAt: true }, orderBy: { id: "asc" }, take: 45000 }),
    listServiceNames(),
  ]);
  return { incidents, services };
}

/** Every service name some incident lists, alphabetically. */
export async function listServiceNames(): Promise<string[]> {
  const rows = await getDb().incidentService.findMany({ distinct: ["service"], select: { service: true }, orderBy: { service: "asc" } });
  return rows.map((r) => r.service);
}

/** A cheap fingerprint of what the site shows: changes whenever ingest writes incidents or articles. */
export async function getChangeStamp(): Promise<{ key: string; lastModified: Date }> {
  const db = getDb();
  // Asked alone, SQLite answers count(*) from the b-tree pages and max(id) with one seek; Prisma's
  // aggregates ask both at once (or count through a subquery), which visits every row: ~14 ms on
  // 100,000 articles, once a second, stalling every request in flight (search page p99).
  const [latest, newest, counts] = await Promise.all([
    db.incident.findFirst({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }),
    db.document.findFirst({ orderBy: { id: "desc" }, select: { id: true } }),
    db.$queryRaw<{ incidents: bigint; documents: bigint }[]>`SELECT (SELECT count(*) FROM "Incident") AS incidents, (SELECT count(*) FROM "Document") AS documents`,
  ]);
  const lastModified = latest?.updatedAt ?? new Date(0);
  const { incidents, documents } = counts[0];
  return { key: `${lastModified.getTime()}.${incidents}.${newest?.id ?? 0}.${documents}`, lastModified };
}
