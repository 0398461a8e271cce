// Turns a list of folded cue phrases into one regular expression, compiled once at module load.

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** Compiles folded phrases into a global regex matching any of them at word boundaries; a
 * trailing "*" in a phrase accepts any word ending ("panne*" matches "pannes"). */
export function compileCues(phrases: readonly string[], flags = "g"): RegExp {
  if (phrases.length === 0) return /(?!)/g;
  const alternatives = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const stem = p.endsWith("*") ? p.slice(0, -1) : p;
      const body = stem.replace(ESCAPE, "\\$&").replace(/ /g, "\\s+");
      return p.endsWith("*") ? `${body}[a-z0-9]*` : body;
    });
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join("|")})(?![a-z0-9])`, flags);
}

// A search for matches starting before `to` reads the text only a little past `to` (a match may
// end after it): without this bound, each sentence's search ran on to the next match or the end of
// the document, quadratic in a long text of short sentences (issue 14: 100,000 lines took minutes).
// V8 slices long strings without copying them.
const CUE_REACH = 200; // well past the longest cue phrase
const upTo = (text: string, to: number) => (to + CUE_REACH >= text.length ? text : text.slice(0, to + CUE_REACH));

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

/** Whether a global or sticky-free regex matches within text[from, to). */
export function hasMatch(re: RegExp, text: string, from = 0, to = text.length): boolean {
  re.lastIndex = from;
  const m = re.exec(upTo(text, to));
  return m !== null && m.index < to;
}
