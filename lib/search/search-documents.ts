// Articles matching a query, best first, with highlighted snippets (FTS5 bm25 + snippet()).
import { getSearchConnection } from "./search-connection";
import { documentFilter } from "./search-filters";
import { highlightSegments, MARK_CLOSE, MARK_OPEN, type Segment } from "./highlight-segments";
import { PAGE_SIZE, type SearchParams } from "./search-params";

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
  id: number; url: string; lang: string | null; publishedAt: string | null; kind: string;
  source: string | null; incidentSlug: string | null; t: string; s: string;
}

/** One page of matching articles (`hasMore` when another page exists). */
export function searchDocuments(match: string, p: SearchParams): { hits: DocumentHit[]; hasMore: boolean } {
  const f = documentFilter(p);
  const sql = `SELECT d.id, d.url, d.lang, d.publishedAt, d.kind, s.name AS source, i.slug AS incidentSlug,
      highlight(DocumentFts, 0, ?, ?) AS t, snippet(DocumentFts, 1, ?, ?, '…', 24) AS s
    FROM DocumentFts JOIN Document d ON d.id = DocumentFts.rowid
    LEFT JOIN Source s ON s.id = d.sourceId LEFT JOIN Incident i ON i.id = d.incidentId
    WHERE DocumentFts MATCH ? ${f.where.map((w) => `AND ${w}`).join(" ")}
    ORDER BY bm25(DocumentFts, 4.0, 1.0), d.id DESC LIMIT ? OFFSET ?`;
  const rows = getSearchConnection()
    .prepare(sql)
    .all(MARK_OPEN, MARK_CLOSE, MARK_OPEN, MARK_CLOSE, match, ...f.values, PAGE_SIZE + 1, (p.page - 1) * PAGE_SIZE) as Row[];
  const hits = rows.slice(0, PAGE_SIZE).map((r) => ({
    id: r.id, url: r.url, lang: r.lang, publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
    kind: r.kind, source: r.source, incidentSlug: r.incidentSlug,
    title: highlightSegments(r.t ?? ""), snippet: highlightSegments(r.s ?? ""),
  }));
  return { hits, hasMore: rows.length > PAGE_SIZE };
}
