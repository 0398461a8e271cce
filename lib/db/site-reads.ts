// What the site's pages read: incident cards, one incident with its documents, related incidents.
// Raw rows never leave this file family: they are reshaped into the domain types below.
import type { CauseCategory, CauseStatus, DocumentKind, IncidentExport } from "../domain/types";
import { getDb } from "./client";
import { decodeIncidentCursor, encodeIncidentCursor, incidentCursorWhere } from "./site-cursor";
import { parseJsonArray, parseDetail } from "./site-json";
import { summaryRowSelect, toIncidentSummary } from "./site-summary";

export { listServices, getServiceHistory, serviceSlug } from "./site-service-history";
export type { ServiceEntry, ServiceHistory } from "./site-service-history";
export { listSourceHealth } from "./site-source-health";
export type { SourceHealth } from "./site-source-health";

/** One incident as a card on the home and service pages. */
export interface IncidentSummary {
  slug: string;
  titleEn: string;
  titleFr: string;
  services: string[];
  startedAt: string | null;
  endedAt: string | null;
  durationMinutes: number | null;
  status: "ongoing" | "resolved";
  cause: { category: CauseCategory; status: CauseStatus; summary: string } | null;
  sourceCount: number;
  updatedAt: string;
}

export interface IncidentPage {
  items: IncidentSummary[];
  nextCursor: string | null;
}

export type IncidentLookup = { incident: IncidentExport; updatedAt: string } | { redirectTo: string } | null;

const MAX_LIMIT = 100;

/** Resolved incidents newest first (by start), optionally for one service, a page at a time. */
export async function listIncidents(opts: { service?: string; cursor?: string | null; limit: number; status?: "ongoing" | "resolved" }): Promise<IncidentPage> {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(opts.limit)));
  const after = opts.cursor ? decodeIncidentCursor(opts.cursor) : null;
  const where = {
    ...(opts.status ? { status: opts.status } : {}),
    ...(opts.service ? { serviceLinks: { some: { service: opts.service } } } : {}),
    ...(after ? incidentCursorWhere(after) : {}),
  };
  const rows = await getDb().incident.findMany({
    where,
    select: summaryRowSelect,
    orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeIncidentCursor(last) : null;
  return { items: page.map(toIncidentSummary), nextCursor };
}

/** Every ongoing incident, most recent start first (the home page shows them above the rest). */
export async function listOngoingIncidents(service: string | undefined): Promise<IncidentSummary[]> {
  return (await listIncidents({ service, status: "ongoing", limit: MAX_LIMIT })).items;
}

/** One incident's page data; a merged-away slug yields where it went; unknown yields null. */
export async function getIncidentBySlug(slug: string): Promise<IncidentLookup> {
  const db = getDb();
  const row = await db.incident.findUnique({
    where: { slug },
    select: {
      slug: true, detail: true, updatedAt: true,
      documents: {
        select: { url: true, title: true, lang: true, publishedAt: true, kind: true, source: { select: { name: true } } },
        orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) {
    const redirect = await db.slugRedirect.findUnique({ where: { fromSlug: slug } });
    return redirect && redirect.toSlug !== slug ? { redirectTo: redirect.toSlug } : null;
  }
  const detail = parseDetail(row.detail, row.slug);
  // membership comes from the documents table (as in the export), not from the stored detail
  const documents = row.documents.map((d) => ({
    url: d.url, title: d.title, lang: d.lang ?? "", publishedAt: d.publishedAt?.toISOString() ?? null,
    kind: d.kind as DocumentKind, source: d.source?.name ?? null,
  }));
  return { incident: { ...detail, slug: row.slug, documents }, updatedAt: row.updatedAt.toISOString() };
}

/** Other incidents sharing a service with this one, newest first. */
export async function listRelatedIncidents(slug: string, services: string[], limit = 6): Promise<IncidentSummary[]> {
  if (services.length === 0) return [];
  const rows = await getDb().incident.findMany({
    where: { slug: { not: slug }, serviceLinks: { some: { service: { in: services } } } },
    select: summaryRowSelect,
    orderBy: [{ startedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toIncidentSummary);
}

// the change token lives in lib/db/data-version.ts (SQLite's data_version, PostgreSQL's NOTIFY)
export { getDataVersion } from "./data-version";

export { parseJsonArray };
