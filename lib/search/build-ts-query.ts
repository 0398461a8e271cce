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
    // the prefix is matched as typed (folded), against the stems in the index, as FTS5 matches it:
    // stemmed by a configuration it could shrink to a shorter stem and match words of the other
    // language ("resea" read by the French stemmer is "res:*", which found "restored" in English
    // articles). A prefix word holds letters and digits only (queryWords): no tsquery syntax.
    if (prefix) parts.push(`to_tsquery('simple', ?::text || ':*')`), values.push(prefix);
    return `(${parts.join(" || ")})`;
  });
  return { sql: groups.join(" && "), values };
}
