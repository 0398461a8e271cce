// A short excerpt of a text around its first matched word, as plain/marked segments.
import type { Segment } from "./highlight-segments";

const TOKEN_RE = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
const MAX_SCAN = 20000;

function toSegments(tokens: string[], isWord: boolean[], match: (w: string) => boolean): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mark = isWord[i] && match(tokens[i]);
    const prev = out[out.length - 1];
    if (prev && prev.mark === mark && !mark) prev.text += tokens[i];
    else out.push({ text: tokens[i], mark });
  }
  return out;
}

/** Segments of `text` around its first match (`words` words long); all of it when `words` is 0. */
export function makeSnippet(text: string, match: (w: string) => boolean, words = 30): Segment[] {
  const tokens = text.slice(0, MAX_SCAN).replace(/\s+/g, " ").match(TOKEN_RE) ?? [];
  const isWord = tokens.map((t) => /[\p{L}\p{N}]/u.test(t[0]));
  if (words === 0) return toSegments(tokens, isWord, match);
  const first = Math.max(0, tokens.findIndex((t, i) => isWord[i] && match(t)));
  let start = first;
  for (let back = 0; start > 0 && back < 8; start--) if (isWord[start - 1]) back++;
  let end = start;
  for (let n = 0; end < tokens.length && n < words; end++) if (isWord[end]) n++;
  const segs = toSegments(tokens.slice(start, end), isWord.slice(start, end), match);
  if (start > 0) segs.unshift({ text: "…", mark: false });
  if (end < tokens.length) segs.push({ text: "…", mark: false });
  return segs;
}
