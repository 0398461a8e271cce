// The one place incidents are read: cards for the pages (IncidentSummary), the export's shape for
// the JSON API and the feeds (IncidentExport), one incident by slug (or where a merged slug went),
// the sitemap and the change stamp. One cursor (incident-cursor.ts), one order, and one policy for
// a corrupt row: parseDetail throws naming the slug. The writer stores JSON.stringify output, so a
// row that does not parse is damage to see in the logs and tests, never an incident to serve with
// an empty timeline as if the sources had said nothing.
import type { IncidentSummary } from "../domain/incident-summary";
import type { CauseCategory, CauseStatus, DocumentKind, IncidentExport } from "../domain/types";
import { getDb } from "./client";
import type { Prisma } from "./generated/client";
import { encodeIncidentCursor, incidentCursorWhere, type IncidentCursor } from "./incident-cursor";
import { parseDetail, parseJsonArray } from "./site-json";
import { summaryRowSelect, toIncidentSummary } from "./site-summary";

type IncidentRow = Prisma.IncidentGetPayload<object>;
type DocRow = { url: string; title: string; lang: string | null; publishedAt: Date | null; kind: string; source: { name: string | null } | null };
const DOC_SELECT = { url: true, title: true, lang: true, publishedAt: true, kind: true, source: { select: { name: true } } } as const;
const DOC_ORDER = [{ publishedAt: "asc" }, { id: "asc" }] satisfies Prisma.DocumentOrderByWithRelationInput[];
const LIST_ORDER = [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] satisfies Prisma.IncidentOrderByWithRelationInput[];
const MAX_LIMIT = 100;

export interface StoredIncident { incident: IncidentExport; updatedAt: Date; id: number }
export type IncidentLookup = StoredIncident | { redirectTo: string } | null;
export interface IncidentPage<T> { items: T[]; nextCursor: string | null }
export interface IncidentListFilter {
  ids?: number[]; // restrict to these (full-text matches)
  service?: string; from?: Date; to?: Date; lang?: string; status?: "ongoing" | "resolved";
  cursor?: IncidentCursor | null; limit: number;
}

function listWhere(f: IncidentListFilter): Prisma.IncidentWhereInput {
  const and: Prisma.IncidentWhereInput[] = [];
  if (f.ids) and.push({ id: { in: f.ids } });
  if (f.status) and.push({ status: f.status });
  if (f.service) and.push({ serviceLinks: { some: { service: f.service } } });
  if (f.from || f.to) and.push({ startedAt: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } });
  if (f.lang) and.push({ documents: { some: { lang: f.lang } } });
  if (f.cursor) and.push(incidentCursorWhere(f.cursor));
  return { AND: and };
}

const clampLimit = (n: number) => Math.max(1, Math.min(MAX_LIMIT, Math.floor(n)));

function pageOf<R extends { startedAt: Date | null; id: number }, T>(rows: R[], limit: number, shape: (r: R) => T): IncidentPage<T> {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(shape), nextCursor: rows.length > limit && last ? encodeIncidentCursor(last) : null };
}

/** Incident cards, newest start first, a page at a time. */
export async function listIncidentSummaries(f: IncidentListFilter): Promise<IncidentPage<IncidentSummary>> {
  const limit = clampLimit(f.limit);
  const rows = await getDb().incident.findMany({ where: listWhere(f), select: summaryRowSelect, orderBy: LIST_ORDER, take: limit + 1 });
  return pageOf(rows, limit, toIncidentSummary);
}

/** Every ongoing incident, most recent start first (the home page shows them above the rest). */
export async function listOngoingIncidents(service: string | undefined): Promise<IncidentSummary[]> {
  return (await listIncidentSummaries({ service, status: "ongoing", limit: MAX_LIMIT })).items;
}

/** Incidents in the export's shape with their documents, newest start first, a page at a time. */
export async function listIncidentExports(f: IncidentListFilter): Promise<IncidentPage<IncidentExport>> {
  const limit = clampLimit(f.limit);
  const rows = await getDb().incident.findMany({
    where: listWhere(f), orderBy: LIST_ORDER, take: limit + 1, include: { documents: { select: DOC_SELECT, orderBy: DOC_ORDER } },
  });
  return pageOf(rows, limit, (r) => reshapeIncident(r, r.documents));
}

/** The latest incidents (optionally of one service) for feeds, documents taken from the stored detail. */
export async function listIncidentsForFeed(opts: { service?: string; limit: number }): Promise<StoredIncident[]> {
  const rows = await getDb().incident.findMany({ where: listWhere(opts), orderBy: LIST_ORDER, take: opts.limit });
  return rows.map((r) => ({ incident: reshapeIncident(r, null), updatedAt: r.updatedAt, id: r.id }));
}

/** One incident with its documents; a merged-away slug yields where it went; unknown yields null. */
export async function getIncidentBySlug(slug: string): Promise<IncidentLookup> {
  const db = getDb();
  const row = await db.incident.findUnique({ where: { slug }, include: { documents: { select: DOC_SELECT, orderBy: DOC_ORDER } } });
  if (row) return { incident: reshapeIncident(row, row.documents), updatedAt: row.updatedAt, id: row.id };
  const moved = await db.slugRedirect.findUnique({ where: { fromSlug: slug } });
  return moved && moved.toSlug !== slug ? { redirectTo: moved.toSlug } : null;
}

/** Other incidents sharing a service with this one, newest first. */
export async function listRelatedIncidents(slug: string, services: string[], limit = 6): Promise<IncidentSummary[]> {
  if (services.length === 0) return [];
  const rows = await getDb().incident.findMany({
    where: { slug: { not: slug }, serviceLinks: { some: { service: { in: services } } } },
    select: summaryRowSelect, orderBy: LIST_ORDER, take: limit,
  });
  return rows.map(toIncidentSummary);
}

/** Row + member documents -> the export's incident: the stored detail, with the columns (which the
 * writer keeps current and the lists filter on) winning, and membership from the documents table. */
function reshapeIncident(row: IncidentRow, docs: DocRow[] | null): IncidentExport {
  const d = parseDetail(row.detail, row.slug);
  const cause = row.causeCategory
    ? { ...d.cause, category: row.causeCategory as CauseCategory, summary: row.causeSummary ?? "", status: (row.causeStatus ?? "reported") as CauseStatus, sources: d.cause?.sources ?? [] }
    : null;
  return {
    ...d,
    slug: row.slug, title: row.titleEn, titleFr: row.titleFr, services: parseJsonArray(row.services),
    startedAt: row.startedAt?.toISOString() ?? null, endedAt: row.endedAt?.toISOString() ?? null,
    durationMinutes: row.durationMinutes, status: row.status === "ongoing" ? "ongoing" : "resolved", cause,
    documents: docs
      ? docs.map((x) => ({ url: x.url, title: x.title, lang: x.lang ?? "", publishedAt: x.publishedAt?.toISOString() ?? null, kind: x.kind as DocumentKind, source: x.source?.name ?? null }))
      : d.documents,
  };
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
