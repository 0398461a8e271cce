// Builds the PostgreSQL tsquery for user text, as SQL with bound values (never string-spliced):
// the same words and variants as the FTS5 expression (build-match-expression), each read by the
// English and the French configuration (migration 0009_search), since a query's language is
// unknown and an article is indexed in its own.
import { queryAlternatives } from "./query-alternatives";

const CONFIGS = ["atlas_en", "atlas_fr"];

export interface TsQuery {
  /** an SQL expression of type tsquery with `?` placeholders */
  sql: string;
  values: string[];
}

/** The tsquery: each word (or one of its variants) must match; null when nothing is searchable. */
export function buildTsQuery(q: string): TsQuery | null {
  const words = queryAlternatives(q);
  if (words.length === 0) return null;
  const values: string[] = [];
  const groups = words.map(({ variants, prefix }) => {
    const parts: string[] = [];
    for (const v of variants) for (const c of CONFIGS) parts.push(`phraseto_tsquery('${c}', ?)`), values.push(v);
    // a prefix word holds letters and digits only (queryWords), so no tsquery syntax reaches to_tsquery
    if (prefix) for (const c of CONFIGS) parts.push(`to_tsquery('${c}', ?::text || ':*')`), values.push(prefix);
    return `(${parts.join(" || ")})`;
  });
  return { sql: groups.join(" && "), values };
}
