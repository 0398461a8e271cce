// The search page's one call: incidents and articles for a validated query.
import { searchDocuments, type DocumentHit } from "./search-documents";
import { searchIncidents, type IncidentHit } from "./search-incidents";
import type { SearchParams } from "./search-params";
import { searchMatch } from "./search-match";

export interface SearchResult {
  query: string;
  page: number;
  incidents: IncidentHit[];
  /** how many incidents match (the page shows the best ones) */
  incidentTotal: number;
  documents: DocumentHit[];
  hasMore: boolean;
}

/** Full-text search over incidents (first page only) and articles; empty when q has no words. */
export async function searchAll(p: SearchParams): Promise<SearchResult> {
  const match = searchMatch(p.q);
  const base = { query: p.q, page: p.page };
  if (!match) return { ...base, incidents: [], incidentTotal: 0, documents: [], hasMore: false };
  const incidents = p.page === 1 ? await searchIncidents(match, p) : { hits: [], total: 0 };
  const { hits, hasMore } = await searchDocuments(match, p);
  return { ...base, incidents: incidents.hits, incidentTotal: incidents.total, documents: hits, hasMore };
}
