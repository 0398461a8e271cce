// Articles matching a query, best first, with highlighted excerpts.
// Ranking (bm25 on SQLite, ts_rank_cd on PostgreSQL; title weighted 4x) runs over the newest RANK_WINDOW matches: FTS5 walks matches
// in rowid order and stops there, so a word found in half of 100,000 articles costs ~6 ms, not ~35.
// On SQLite filters are checked in Document_search_idx (INDEXED BY below), and only the page's rows are
// read in full: sorting the window with its text along would copy 2,000 texts to keep 21.
import type { TsQuery } from "./build-ts-query";
import { searchRows } from "./search-connection";
import { documentFilter, type SqlFilter } from "./search-filters";
import type { SearchMatch } from "./search-match";
import type { Segment } from "./highlight-segments";
import { makeSnippet } from "./make-snippet";
import { PAGE_SIZE, type SearchParams } from "./search-params";
import { termMatcher } from "./term-matcher";

const RANK_WINDOW = 2000;

export interface DocumentHit {
  id: number;
  url: string;
  title: Segment[];
  snippet: Segment[];
  lang: string | null;
  publishedAt: string | null;
  kind: string;
  source: string | null;
  incidentSlug: string | null;
}

interface Row {
  id: number; url: string; title: string; text: string; lang: string | null; publishedAt: string | null; kind: string;
  source: string | null; incidentSlug: string | null;
}

// PostgreSQL weights for ts_rank_cd, as {D, C, B, A}: the title (A) counts 4x the text (D), as
// bm25's 4.0/1.0 column weights do on SQLite
export const DOCUMENT_WEIGHTS = "{0.25,0.25,0.25,1}";
// ts_rank_cd normalisation 1: divided by 1 + log(length), so long articles do not win by size
// (bm25 normalises length too)
export const RANK_NORMALISATION = 1;

function sqliteQuery(match: string, f: SqlFilter): { sql: string; values: unknown[] } {
  // INDEXED BY: the planner would look filters up in the article rows (text included) rather than
  // in this small index holding the same columns: 35 ms instead of 7 for "users" in French articles
  const window = `SELECT DocumentFts.rowid AS id, bm25(DocumentFts, 4.0, 1.0) AS score
    FROM DocumentFts JOIN Document d INDEXED BY Document_search_idx ON d.id = DocumentFts.rowid
    WHERE DocumentFts MATCH ? ${f.where.map((w) => `AND ${w}`).join(" ")} ORDER BY DocumentFts.rowid DESC LIMIT ${RANK_WINDOW}`;
  return { sql: `SELECT id, score FROM (${window}) ORDER BY score, id DESC LIMIT ? OFFSET ?`, values: [match, ...f.values] };
}

function postgresQuery(match: TsQuery, f: SqlFilter): { sql: string; values: unknown[] } {
  const window = `WITH m AS (SELECT ${match.sql} AS q)
    SELECT s."id", -ts_rank_cd('${DOCUMENT_WEIGHTS}', s."vec", m.q, ${RANK_NORMALISATION}) AS score
    FROM m, "DocumentSearch" s JOIN "Document" d ON d."id" = s."id"
    WHERE s."vec" @@ m.q ${f.where.map((w) => `AND ${w}`).join(" ")} ORDER BY s."id" DESC LIMIT ${RANK_WINDOW}`;
  return { sql: `SELECT id, score FROM (${window}) w ORDER BY score, id DESC LIMIT ? OFFSET ?`, values: [...match.values, ...f.values] };
}

/** One page of matching articles (`hasMore` when another page exists). */
export async function searchDocuments(match: SearchMatch, p: SearchParams): Promise<{ hits: DocumentHit[]; hasMore: boolean }> {
  const f = documentFilter(p, match.provider);
  const ranked = match.provider === "sqlite" ? sqliteQuery(match.expression, f) : postgresQuery(match, f);
  const sql = `SELECT o."id", o."url", o."title", substr(o."text", 1, 20000) AS "text", o."lang", o."publishedAt", o."kind", s."name" AS "source", i."slug" AS "incidentSlug"
    FROM (${ranked.sql}) w
    JOIN "Document" o ON o."id" = w.id LEFT JOIN "Source" s ON s."id" = o."sourceId" LEFT JOIN "Incident" i ON i."id" = o."incidentId"
    ORDER BY w.score, w.id DESC`;
  const rows = await searchRows<Row>(sql, [...ranked.values, PAGE_SIZE + 1, (p.page - 1) * PAGE_SIZE]);
  const hit = termMatcher(p.q);
  const hits = rows.slice(0, PAGE_SIZE).map((r) => ({
    id: r.id, url: r.url, lang: r.lang, publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
    kind: r.kind, source: r.source, incidentSlug: r.incidentSlug,
    title: makeSnippet(r.title, hit, 0), snippet: makeSnippet(r.text, hit),
  }));
  return { hits, hasMore: rows.length > PAGE_SIZE };
}
