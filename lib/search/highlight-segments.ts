// snippet() output -> pieces to render. Matches are delimited by control characters that no HTML
// means anything for; the text around them is never trusted as markup.
export const MARK_OPEN = "\u0002";
export const MARK_CLOSE = "\u0003";

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits a snippet into plain and highlighted pieces (React renders them escaped). */
export function highlightSegments(snippet: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  for (const part of snippet.split(/([\u0002\u0003])/)) {
    if (part === MARK_OPEN) mark = true;
    else if (part === MARK_CLOSE) mark = false;
    else if (part) out.push({ text: part, mark });
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML for a snippet: every piece escaped first, then matches wrapped in <mark>. */
export function snippetToHtml(snippet: string): string {
  return highlightSegments(snippet)
    .map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text)))
    .join("");
}
