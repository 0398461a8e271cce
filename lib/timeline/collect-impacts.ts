// The incident's impact figures: the same figure stated by several documents once, with all of them.
import type { ExtractedDocument, IncidentExport } from "../domain/types";

type Impacts = IncidentExport["impacts"];

/** Impact figures in document order; equal figures (same kind, value, label) merged, their sources listed. */
export function collectImpacts(docs: ExtractedDocument[]): Impacts {
  const out = new Map<string, Impacts[number]>();
  for (const d of docs)
    for (const { span: _s, ...i } of d.facts.impacts) {
      const key = JSON.stringify([i.kind, i.value, i.label]);
      const seen = out.get(key);
      if (!seen) out.set(key, { ...i, source: d.url, sources: [d.url] });
      else {
        if (!seen.sources!.includes(d.url)) seen.sources!.push(d.url);
        if (!seen.by && i.by) seen.by = i.by;
      }
    }
  return [...out.values()];
}
