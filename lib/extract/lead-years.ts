// The years a text writes in its title or lead, where a report or a look back says when its outage
// was ("Pourquoi la panne d'Orange de 2025…", "When Cloudflare went down in November 2025…").
// Kept for a document with no date to read against: clustering keeps such a text from an outage of
// its service in another year (lib/cluster/document-similarity.ts). Deeper in the body a year mostly
// recalls history ("a similar outage in 2019").
import { COMPARED_BEFORE, COUNTED_AFTER, MONTH_YEAR, QUANTITY_BEFORE, WORD_YEAR } from "./data/year-cues";
import type { TextView } from "./text-view";

// as in tells-repeat.ts: the lead is the first sentence or two of the body
const LEAD_SENTENCES = 2;

/** The distinct years (ascending) the title or the lead writes as a time or a label of its outage, not as a count or an earlier outage compared with. */
export function leadYears(view: TextView): number[] {
  const lead = view.sentences.filter((s) => s.start >= view.titleEnd && view.full.slice(s.start, s.end).trim() !== "").slice(0, LEAD_SENTENCES);
  const parts = [view.folded.slice(0, view.titleEnd), ...lead.map((s) => view.folded.slice(s.start, s.end))];
  const years = new Set<number>();
  for (const part of parts)
    for (const re of [MONTH_YEAR, WORD_YEAR])
      for (const m of part.matchAll(re)) {
        const at = m.index! + m[0].length - m[1].length;
        if (QUANTITY_BEFORE.test(part.slice(Math.max(0, at - 30), at))) continue;
        if (COUNTED_AFTER.test(part.slice(at + 4, at + 40))) continue;
        // the clause up to the year: from the last stop or comma before it
        const clause = part.slice(0, at).split(/[.,;:!?()]/).pop() ?? "";
        if (COMPARED_BEFORE.test(clause)) continue;
        years.add(Number(m[1]));
      }
  return [...years].sort((a, b) => a - b);
}
