// Turns a list of folded cue phrases into one regular expression, compiled once at module load.
import { escapeRegExp } from "../text/escape-reg-exp";

/** Compiles folded phrases into a global regex matching any of them at word boundaries; a
 * trailing "*" in a phrase accepts any word ending ("panne*" matches "pannes"). Where several
 * phrases match at one place, the longest phrase wins. */
export function compileCues(phrases: readonly string[], flags = "g"): RegExp {
  const unique = [...new Set(phrases)];
  if (unique.length === 0) return /(?!)/g;
  // The phrases share their beginnings in a trie ("panne", "pannes", "panne de") and the regex
  // opens on a class of their first letters: V8 then rejects most places of a text at once, where
  // one flat alternative per phrase was tried at every place (the cue lists have hundreds; the
  // cue regexes were the largest share of extraction time). The match is the flat alternation's:
  // every phrase matching at one place lies on one path of the trie, and deeper branches are tried
  // first, so the longest phrase still wins (test/extract/compile-cues.test.ts compares both).
  const root = trieOf(unique);
  const first = firstLetters(unique);
  if (!root || first === null || flags.includes("i")) return new RegExp(`(?<![a-z0-9])(?:${flatAlternatives(unique).join("|")})${WORD_END}`, flags);
  return new RegExp(`(?=[${first}])(?<![a-z0-9])${alternation(root)}${WORD_END}`, flags);
}

// A phrase ends at a word boundary, or on its own elision ("à cause d'" before "une panne": the
// next word follows the apostrophe with no space).
const WORD_END = "(?:(?<=['’])|(?![a-z0-9]))";

// One alternative per phrase, longest first: the plain form, kept for the lists the trie cannot
// order the same way (see trieOf) and case-blind regexes.
function flatAlternatives(phrases: string[]): string[] {
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => {
    const stem = p.endsWith("*") ? p.slice(0, -1) : p;
    const body = escapeRegExp(stem).replace(/ /g, "\\s+");
    return p.endsWith("*") ? `${body}[a-z0-9]*` : body;
  });
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: boolean; // a phrase ends here
  anyEnding: boolean; // a phrase ending in "*" ends here
}

// null when the trie's order could pick another phrase than "longest first" does: white space other
// than " " (a literal tab and "\s+" both match a tab), an empty phrase, or a
// "stem*" beside "stem" plus one non-word character (as long as each: the list's order decides).
function trieOf(phrases: string[]): TrieNode | null {
  // the stems of phrases ending in one non-word character ("re-" gives "re")
  const beforeLastMark = new Set(phrases.filter((q) => /[^a-z0-9*]$/.test(q)).map((q) => q.slice(0, -1)));
  const root: TrieNode = { next: new Map(), ends: false, anyEnding: false };
  for (const p of phrases) {
    const any = p.endsWith("*");
    const stem = any ? p.slice(0, -1) : p;
    if (stem === "" || /[^\S ]/.test(stem)) return null;
    if (any && beforeLastMark.has(stem)) return null;
    let node = root;
    for (const ch of stem) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), ends: false, anyEnding: false }));
      node = child;
    }
    if (any) node.anyEnding = true;
    else node.ends = true;
  }
  return root;
}

// The regex of a node's continuations: deeper phrases first, then "any ending", then the end.
function alternation(node: TrieNode): string {
  const options: string[] = [];
  for (const [ch, child] of node.next) {
    let run = unit(ch);
    let at = child;
    // a chain with no branch and no phrase end is one literal run
    while (at.next.size === 1 && !at.ends && !at.anyEnding) {
      const [[c, only]] = at.next;
      run += unit(c);
      at = only;
    }
    options.push(run + (at.next.size > 0 || at.anyEnding ? alternation(at) : ""));
  }
  if (node.anyEnding) options.push("[a-z0-9]*");
  if (node.ends && options.length > 0) options.push("");
  return options.length === 0 ? "" : `(?:${options.join("|")})`;
}

const unit = (ch: string) => (ch === " " ? "\\s+" : escapeRegExp(ch));

// The class of the characters a phrase can start with, for a regex opening; null when one cannot
// be written (a phrase starting with "*").
function firstLetters(phrases: string[]): string | null {
  const chars = new Set<string>();
  for (const p of phrases) {
    if (p === "" || p[0] === "*") return null;
    chars.add(p[0] === " " ? "\\s" : p[0].replace(/[\]\\^-]/g, "\\$&"));
  }
  return [...chars].join("");
}

// A search for matches starting before `to` reads the text only a little past `to` (a match may
// end after it): without this bound, each sentence's search ran on to the next match or the end of
// the document, quadratic in a long text of short sentences (issue 14: 100,000 lines took minutes).
// V8 slices long strings without copying them.
const CUE_REACH = 200; // well past the longest cue phrase
/** The text a search for matches starting before `to` needs: up to a little past `to` (for
 * patterns whose matches are shorter than CUE_REACH, the matches found are the same). */
export const upTo = (text: string, to: number) => (to + CUE_REACH >= text.length ? text : text.slice(0, to + CUE_REACH));

/** Every match of a global regex in `text` as { index, end, text }. */
export function allMatches(re: RegExp, text: string, from = 0, to = text.length): { index: number; end: number; text: string }[] {
  const out: { index: number; end: number; text: string }[] = [];
  const bounded = upTo(text, to);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(bounded)) && m.index < to) {
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** allMatches for a regex read over one text range after range (a document sentence by sentence,
 * each range searched a little past its end): the text's matches are found in one scan, and each
 * range gets the ones starting inside it. The same matches as allMatches: a search from `from` finds
 * what the whole-text scan finds from its first match at or after `from`, unless a match of the scan
 * runs across `from` or nearly to the bounded search's end, where the range is searched on its own. */
export function rangeMatcher(re: RegExp): (text: string, from: number, to: number) => { index: number; end: number; text: string }[] {
  let memo: { text: string; matches: { index: number; end: number; text: string }[] } | null = null;
  return (text, from, to) => {
    if (memo?.text !== text) memo = { text, matches: allMatches(re, text) };
    const all = memo.matches;
    let lo = 0, hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].index < from) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && all[lo - 1].end > from) return allMatches(re, text, from, to);
    const out: { index: number; end: number; text: string }[] = [];
    for (let j = lo; j < all.length && all[j].index < to; j++) {
      if (all[j].end + 1 >= to + CUE_REACH) return allMatches(re, text, from, to);
      out.push({ ...all[j] });
    }
    return out;
  };
}

/** Whether a global or sticky-free regex matches within text[from, to). */
export function hasMatch(re: RegExp, text: string, from = 0, to = text.length): boolean {
  re.lastIndex = from;
  const m = re.exec(upTo(text, to));
  return m !== null && m.index < to;
}
