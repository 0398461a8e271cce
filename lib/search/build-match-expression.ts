// Builds the FTS5 MATCH string from user text (SQLite). Every word is a double-quoted string (FTS5
// syntax characters, column filters and operators typed by the user are plain text here).
import { queryAlternatives } from "./query-alternatives";

function quote(phrase: string): string {
  return `"${phrase.replace(/"/g, '""')}"`;
}

/** FTS5 query: each word (or one of its variants) must match; null when nothing is searchable. */
export function buildMatchExpression(q: string): string | null {
  const words = queryAlternatives(q);
  if (words.length === 0) return null;
  const groups = words.map(({ variants, prefix }) => {
    const alternatives = variants.map(quote);
    if (prefix) alternatives.push(`${quote(prefix)}*`);
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" OR ")})`;
  });
  return groups.join(" AND ");
}
