// Articles matching a query, best first, with highlighted excerpts.
// Ranking (bm25, title weighted 4x) runs over the newest RANK_WINDOW matches: FTS5 walks matches
// in rowid order and stops there, so a word found in half of 100,000 articles costs ~6 ms, not ~35.
// Filters are checked in Document_search_idx (INDEXED BY below), and only the page's rows are
// read in full: sorting the window with its text along would copy 2,000 texts to keep 21.
import { searchStatement } from "./search-connection";
import { documentFilter } from "./search-filters";
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

/** One page of matching articles (`hasMore` when another page exists). */
export function searchDocuments(match: string, p: SearchParams): { hits: DocumentHit[]; hasMore: boolean } {
  const f = documentFilter(p);
  // INDEXED BY: the planner would look filters up in the article rows (text included) rather than
  // in this small index holding the same columns: 35 ms instead of 7 for "users" in French articles
  const window = `SELECT DocumentFts.rowid AS id, bm25(DocumentFts, 4.0, 1.0) AS score
    FROM DocumentFts JOIN Document d INDEXED BY Document_search_idx ON d.id = DocumentFts.rowid
    WHERE DocumentFts MATCH ? ${f.where.map((w) => `AND ${w}`).join(" ")} ORDER BY DocumentFts.rowid DESC LIMIT ${RANK_WINDOW}`;
  const sql = `SELECT o.id, o.url, o.title, substr(o.text, 1, 20000) AS text, o.lang, o.publishedAt, o.kind, s.name AS source, i.slug AS incidentSlug
    FROM (SELECT id, score FROM (${window}) ORDER BY score, id DESC LIMIT ? OFFSET ?) w
    JOIN Document o ON o.id = w.id LEFT JOIN Source s ON s.id = o.sourceId LEFT JOIN Incident i ON i.id = o.incidentId
    ORDER BY w.score, w.id DESC`;
  const rows = searchStatement(sql).all(match, ...f.values, PAGE_SIZE + 1, (p.page - 1) * PAGE_SIZE) as Row[];
  const hit = termMatcher(p.q);
  const hits = rows.slice(0, PAGE_SIZE).map((r) => ({
    id: r.id, url: r.url, lang: r.lang, publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
    kind: r.kind, source: r.source, incidentSlug: r.incidentSlug,
    title: makeSnippet(r.title, hit, 0), snippet: makeSnippet(r.text, hit),
  }));
  return { hits, hasMore: rows.length > PAGE_SIZE };
}
