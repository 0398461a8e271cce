// Highlighted text as data: plain and marked pieces. Pages render them with React (escaped);
// segmentsToHtml is for HTML consumers and escapes every piece before adding <mark>.

export interface Segment {
  text: string;
  mark: boolean;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML for highlighted pieces: every piece escaped first, then matches wrapped in <mark>. */
export function segmentsToHtml(segments: Segment[]): string {
  return segments.map((s) => (s.mark ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");
}
