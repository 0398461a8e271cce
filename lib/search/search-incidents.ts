// Incidents matching a query, ranked by relevance blended with recency. An incident matches by its
// own row (services, start year and month, cause summary and category, quotes: never the site's
// generated wording, see migration 0006) or through its articles: "écran bleu" or "BGP" are in
// what the press wrote. Like articles, matching runs over the newest RANK_WINDOW rows.
import { searchRows } from "./search-connection";
import { incidentFilter, type SqlFilter } from "./search-filters";
import { DOCUMENT_WEIGHTS, RANK_NORMALISATION } from "./search-documents";
import { searchMatch, type SearchMatch } from "./search-match";
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

// PostgreSQL weights for ts_rank_cd, as {D, C, B, A}: services (A) 5, period (B) and cause (C) 2,
// quotes (D) 1, as bm25's column weights on SQLite
const INCIDENT_WEIGHTS = "{0.2,0.4,0.4,1}";
type Scored = { id: number; score: number; startedAt: string | null };

// the incident's own row: one score per matching incident
function ownMatches(match: SearchMatch, f: SqlFilter): Promise<Scored[]> {
  const and = f.where.map((w) => `AND ${w}`).join(" ");
  if (match.provider === "sqlite") {
    return searchRows(`SELECT IncidentFts.rowid AS id, bm25(IncidentFts, 5.0, 2.0, 2.0, 1.0) AS score, i."startedAt"
      FROM IncidentFts JOIN "Incident" i ON i."id" = IncidentFts.rowid
      WHERE IncidentFts MATCH ? ${and} ORDER BY IncidentFts.rowid DESC LIMIT ${RANK_WINDOW}`, [match.expression, ...f.values]);
  }
  return searchRows(`WITH m AS (SELECT ${match.sql} AS q)
    SELECT x."id", -ts_rank_cd('${INCIDENT_WEIGHTS}', x."vec", m.q, ${RANK_NORMALISATION}) AS score, i."startedAt"
    FROM m, "IncidentSearch" x JOIN "Incident" i ON i."id" = x."id"
    WHERE x."vec" @@ m.q ${and} ORDER BY x."id" DESC LIMIT ${RANK_WINDOW}`, [...match.values, ...f.values]);
}

// the score of the best article per incident, and how many of its articles match
function articleMatches(match: SearchMatch, f: SqlFilter): Promise<(Scored & { n: number })[]> {
  const where = f.where.length ? `WHERE ${f.where.join(" AND ")}` : "";
  const group = `JOIN "Document" d ON d."id" = m.id JOIN "Incident" i ON i."id" = d."incidentId" ${where} GROUP BY i."id"`;
  if (match.provider === "sqlite") {
    return searchRows(`SELECT i."id", min(m.score) AS score, count(*) AS n, i."startedAt"
      FROM (SELECT DocumentFts.rowid AS id, bm25(DocumentFts, 4.0, 1.0) AS score FROM DocumentFts WHERE DocumentFts MATCH ?
            ORDER BY DocumentFts.rowid DESC LIMIT ${RANK_WINDOW}) m ${group}`, [match.expression, ...f.values]);
  }
  return searchRows(`WITH q AS (SELECT ${match.sql} AS q)
    SELECT i."id", min(m.score) AS score, count(*) AS n, i."startedAt"
    FROM (SELECT s."id" AS id, -ts_rank_cd('${DOCUMENT_WEIGHTS}', s."vec", q.q, ${RANK_NORMALISATION}) AS score FROM q, "DocumentSearch" s
          WHERE s."vec" @@ q.q ORDER BY s."id" DESC LIMIT ${RANK_WINDOW}) m ${group}`, [...match.values, ...f.values]);
}

/** Up to `limit` incidents, best first; `total` counts every matching incident. */
export async function searchIncidents(match: SearchMatch, p: SearchParams, limit = 10): Promise<{ hits: IncidentHit[]; total: number }> {
  const f = incidentFilter(p, match.provider);
  const [own, viaArticles] = [await ownMatches(match, f), await articleMatches(match, f)];
  const years = [...p.q.matchAll(/\b(19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const ranked = rankIncidents(own, viaArticles, years);
  const top = ranked.slice(0, limit);
  if (top.length === 0) return { hits: [], total: 0 };
  const [table, key] = match.provider === "sqlite" ? ["IncidentFts", "rowid"] : ['"IncidentSearch"', '"id"'];
  const rows = await searchRows<Row & { id: number }>(`SELECT i."id", i."slug", i."titleEn", i."titleFr", i."services", i."startedAt", i."status", i."causeCategory", i."causeSummary", x."body"
    FROM "Incident" i JOIN ${table} x ON x.${key} = i."id" WHERE i."id" IN (${top.map(() => "?").join(",")})`, top.map((r) => r.id));
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

/** Ids of every incident matching `q` (at most `cap`), for the API's `q` filter; none when nothing in q is searchable. */
export async function matchIncidentIds(q: string, cap = 1000): Promise<number[]> {
  const match = searchMatch(q);
  if (!match) return [];
  const rows = match.provider === "sqlite"
    ? await searchRows<{ id: number }>(`SELECT id FROM (SELECT rowid AS id FROM IncidentFts WHERE IncidentFts MATCH ?
      UNION SELECT d."incidentId" AS id FROM DocumentFts JOIN "Document" d ON d."id" = DocumentFts.rowid WHERE DocumentFts MATCH ? AND d."incidentId" IS NOT NULL)
      ORDER BY id DESC LIMIT ?`, [match.expression, match.expression, cap])
    : await searchRows<{ id: number }>(`WITH m AS (SELECT ${match.sql} AS q)
      SELECT id FROM (SELECT x."id" AS id FROM m, "IncidentSearch" x WHERE x."vec" @@ m.q
      UNION SELECT d."incidentId" AS id FROM m, "DocumentSearch" s JOIN "Document" d ON d."id" = s."id" WHERE s."vec" @@ m.q AND d."incidentId" IS NOT NULL) u
      ORDER BY id DESC LIMIT ?`, [...match.values, cap]);
  return rows.map((r) => r.id);
}
