// Incidents matching a query, ranked by relevance blended with recency. An incident matches by its
// own row (services, start year and month, cause summary and category, quotes: never the site's
// generated wording, see migration 0006) or through its articles: "écran bleu" or "BGP" are in
// what the press wrote. Like articles, matching runs over the newest RANK_WINDOW rows.
import { searchStatement } from "./search-connection";
import { incidentFilter } from "./search-filters";
import type { Segment } from "./highlight-segments";
import { makeSnippet } from "./make-snippet";
import { rankIncidents } from "./rank-incidents";
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
  /** matching articles of this incident */
  articleCount: number;
  snippet: Segment[];
}

interface Row {
  slug: string; titleEn: string; titleFr: string; services: string; startedAt: string | null;
  status: string; causeCategory: string | null; causeSummary: string | null; body: string;
}

/** Up to `limit` incidents, best first; `total` counts every matching incident. */
export function searchIncidents(match: string, p: SearchParams, limit = 10): { hits: IncidentHit[]; total: number } {
  const f = incidentFilter(p);
  const own = searchStatement(`SELECT IncidentFts.rowid AS id, bm25(IncidentFts, 5.0, 2.0, 2.0, 1.0) AS score, i.startedAt
    FROM IncidentFts JOIN Incident i ON i.id = IncidentFts.rowid
    WHERE IncidentFts MATCH ? ${f.where.map((w) => `AND ${w}`).join(" ")} ORDER BY IncidentFts.rowid DESC LIMIT ${RANK_WINDOW}`)
    .all(match, ...f.values) as { id: number; score: number; startedAt: string | null }[];
  // bm25 of the best article per incident, and how many of its articles match
  const viaArticles = searchStatement(`SELECT i.id, min(m.score) AS score, count(*) AS n, i.startedAt
    FROM (SELECT DocumentFts.rowid AS id, bm25(DocumentFts, 4.0, 1.0) AS score FROM DocumentFts WHERE DocumentFts MATCH ?
          ORDER BY DocumentFts.rowid DESC LIMIT ${RANK_WINDOW}) m
    JOIN Document d ON d.id = m.id JOIN Incident i ON i.id = d.incidentId
    ${f.where.length ? `WHERE ${f.where.join(" AND ")}` : ""} GROUP BY i.id`)
    .all(match, ...f.values) as { id: number; score: number; n: number; startedAt: string | null }[];
  const years = [...p.q.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const ranked = rankIncidents(own, viaArticles, years);
  const top = ranked.slice(0, limit);
  if (top.length === 0) return { hits: [], total: 0 };
  const rows = searchStatement(`SELECT i.id, i.slug, i.titleEn, i.titleFr, i.services, i.startedAt, i.status, i.causeCategory, i.causeSummary, x.body
    FROM Incident i JOIN IncidentFts x ON x.rowid = i.id WHERE i.id IN (${top.map(() => "?").join(",")})`)
    .all(...top.map((r) => r.id)) as (Row & { id: number })[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hit = termMatcher(p.q);
  const hits = top.flatMap(({ id, articles }) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      slug: r.slug, title: r.titleEn, titleFr: r.titleFr, services: parseJsonArray(r.services),
      startedAt: r.startedAt ? new Date(r.startedAt).toISOString() : null, status: r.status, causeCategory: r.causeCategory, articleCount: articles,
      snippet: makeSnippet([r.causeSummary, r.body].filter(Boolean).join(" — "), hit, 24),
    }];
  });
  return { hits, total: ranked.length };
}

/** Ids of every incident matching (at most `cap`), for the API's `q` filter. */
export function matchIncidentIds(match: string, cap = 1000): number[] {
  const rows = searchStatement(`SELECT id FROM (SELECT rowid AS id FROM IncidentFts WHERE IncidentFts MATCH ?
      UNION SELECT d.incidentId AS id FROM DocumentFts JOIN Document d ON d.id = DocumentFts.rowid WHERE DocumentFts MATCH ? AND d.incidentId IS NOT NULL)
    ORDER BY id DESC LIMIT ?`).all(match, match, cap) as { id: number }[];
  return rows.map((r) => r.id);
}
