// Incidents matching a query (titles in both languages, services, cause, timeline text).
// Like articles, ranking runs over the newest RANK_WINDOW matches and excerpts are made in JS.
import { searchStatement } from "./search-connection";
import { incidentFilter } from "./search-filters";
import type { Segment } from "./highlight-segments";
import { makeSnippet } from "./make-snippet";
import type { SearchParams } from "./search-params";
import { termMatcher } from "./term-matcher";
import { parseJsonArray } from "../db/site-json";

const RANK_WINDOW = 2000;

export interface IncidentHit {
  slug: string;
  title: string;
  titleFr: string;
  services: string[];
  startedAt: string | null;
  status: string;
  causeCategory: string | null;
  snippet: Segment[];
}

interface Row {
  slug: string; titleEn: string; titleFr: string; services: string; startedAt: string | null;
  status: string; causeCategory: string | null; cause: string; body: string;
}

/** Up to `limit` best matching incidents; titles weigh most, then services and cause. */
export function searchIncidents(match: string, p: SearchParams, limit = 10): IncidentHit[] {
  const f = incidentFilter(p);
  // cause and body (the excerpt's text) are read for the kept rows only, not the whole window
  const window = `SELECT IncidentFts.rowid AS id, bm25(IncidentFts, 5.0, 4.0, 2.0, 1.0) AS score, i.startedAt
    FROM IncidentFts JOIN Incident i ON i.id = IncidentFts.rowid
    WHERE IncidentFts MATCH ? ${f.where.map((w) => `AND ${w}`).join(" ")} ORDER BY IncidentFts.rowid DESC LIMIT ${RANK_WINDOW}`;
  const sql = `SELECT i.slug, i.titleEn, i.titleFr, i.services, i.startedAt, i.status, i.causeCategory, x.cause, x.body
    FROM (SELECT id, score, startedAt FROM (${window}) ORDER BY score, startedAt DESC LIMIT ?) w
    JOIN Incident i ON i.id = w.id JOIN IncidentFts x ON x.rowid = w.id
    ORDER BY w.score, w.startedAt DESC`;
  const rows = searchStatement(sql).all(match, ...f.values, limit) as Row[];
  const hit = termMatcher(p.q);
  return rows.map((r) => ({
    slug: r.slug, title: r.titleEn, titleFr: r.titleFr, services: parseJsonArray(r.services),
    startedAt: r.startedAt ? new Date(r.startedAt).toISOString() : null, status: r.status, causeCategory: r.causeCategory,
    snippet: makeSnippet([r.cause, r.body].filter(Boolean).join(" — ") || r.titleFr, hit, 24),
  }));
}

/** Ids of every incident matching (at most `cap`), for the API's `q` filter. */
export function matchIncidentIds(match: string, cap = 1000): number[] {
  const rows = searchStatement("SELECT rowid AS id FROM IncidentFts WHERE IncidentFts MATCH ? ORDER BY rowid DESC LIMIT ?")
    .all(match, cap) as { id: number }[];
  return rows.map((r) => r.id);
}
