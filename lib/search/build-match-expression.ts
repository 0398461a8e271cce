// Builds the FTS5 MATCH string from user text. Every word is a double-quoted string (FTS5 syntax
// characters, column filters and operators typed by the user are plain text here).
import { queryWords } from "./query-words";
import { wordVariants } from "./word-variants";

function quote(phrase: string): string {
  return `"${phrase.replace(/"/g, '""')}"`;
}

/** FTS5 query: each word (or one of its variants) must match; null when nothing is searchable. */
export function buildMatchExpression(q: string): string | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const groups = words.map((word, i) => {
    const alternatives = wordVariants(word).map(quote);
    // the last word may still be being typed: also match it as a prefix
    if (i === words.length - 1 && word.length >= 3) alternatives.push(`${quote(word)}*`);
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" OR ")})`;
  });
  return groups.join(" AND ");
}
