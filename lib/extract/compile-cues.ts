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

/** Every match of a global regex in `text` as { index, end, text }. */
export function allMatches(re: RegExp, text: string, from = 0, to = text.length): { index: number; end: number; text: string }[] {
  const out: { index: number; end: number; text: string }[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    out.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Whether a global or sticky-free regex matches within text[from, to). */
export function hasMatch(re: RegExp, text: string, from = 0, to = text.length): boolean {
  re.lastIndex = from;
  const m = re.exec(text);
  return m !== null && m.index < to;
}
