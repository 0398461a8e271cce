// The folding the FTS5 tokenizer applies (unicode61 remove_diacritics 2), repeated in JS so query
// words can be expanded and compared the way the index sees them.

/** Lower-cases and strips diacritics ("Pannes Réseau" -> "pannes reseau"). */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}
