// Whether a document presents its outage as a repeat of an earlier one, in its title or in the first
// sentences of its body, where a report says what it is about ("Il s'agit de la troisième panne du
// service en un mois", "Cloudflare went down for the second time in three weeks"): clustering keeps
// such a report from an earlier outage of the service it recalls (lib/cluster/document-similarity.ts).
// Deeper in the body the same words mostly recall history ("a second outage followed in 2019").
import { REPEAT_CUES } from "./data/repeat-cues";
import type { TextView } from "./text-view";

// a lead is the first sentence or two of the body: a short news lead, or a dateline then the lead
const LEAD_SENTENCES = 2;

/** Whether the title or the lead says the outage is another one of the service. */
export function tellsRepeat(view: TextView): boolean {
  const lead = view.sentences.filter((s) => s.start >= view.titleEnd && view.full.slice(s.start, s.end).trim() !== "").slice(0, LEAD_SENTENCES);
  const parts = [view.folded.slice(0, view.titleEnd), ...lead.map((s) => view.folded.slice(s.start, s.end))];
  return parts.some((p) => REPEAT_CUES.some((re) => re.test(p)));
}
