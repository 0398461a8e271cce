// Which words of a text a query matched, for highlighting without a second FTS5 pass (snippet()
// re-reads every matching doclist, ~1 ms per article on 100,000 documents). The folding mirrors
// the index: accents and case folded, plural endings stripped, owners expanded, last word a prefix.
import { foldText } from "../text/fold-text";
import { queryWords } from "./query-words";
import { wordVariants } from "./word-variants";

function lightStem(folded: string): string {
  let s = folded;
  if (s.length > 3) s = s.replace(/(es|s|x)$/, "");
  if (s.length > 3) s = s.replace(/e$/, "");
  return s;
}

/** A predicate telling whether one word of a text answers query `q`. */
export function termMatcher(q: string): (word: string) => boolean {
  const words = queryWords(q);
  const stems = new Set(words.flatMap(wordVariants).flatMap((v) => v.split(/\s+/)).map(lightStem));
  const last = words[words.length - 1];
  const prefix = last && last.length >= 3 ? last : null;
  return (word) => {
    const f = foldText(word);
    return stems.has(lightStem(f)) || (prefix !== null && f.startsWith(prefix));
  };
}
