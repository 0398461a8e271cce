// Renders snippet segments: text is escaped by React, matches wrapped in <mark>.
import type { Segment } from "../../lib/search/highlight-segments";

/** A highlighted snippet (never raw HTML from sources). */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900">{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}
