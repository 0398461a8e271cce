// Whether a document says how long a failure lasted: one sentence with a failure word and a length
// that is counted, not guessed ("was down for 75 minutes", "une panne de trois heures et demie";
// not "for a few hours", "il y a deux heures"). A report measures its outage; talk about outages in
// general seldom does. In train + dev, 59 of 398 outage articles and 5 of 430 look-alikes state one
// (own corpora: 39 of 137, 6 of 66). A signal for the learned model, not a rule.
import type { CueHit } from "./outage-cue-hits";
import type { TextView } from "./text-view";
import { findDurations } from "./time/find-durations";
import { isOutageLength } from "./is-outage-length";

// an outage is told in hours or days; a longer stretch in a failure's sentence is background ("depuis des mois")
const MAX_MINUTES = 3 * 24 * 60;

// "internet tombera un jour en panne", "one day the cloud will fail": "some day", not a length
const SOMEDAY = /^(?:un|one) (?:jour|day)$/;

/** Whether a sentence of the document (of those starting before `to`: the title's, say) holds both a (strong) failure word and a counted length of the outage. */
export function statedFailureLength(view: TextView, cues: CueHit[], publishedAt: Date | null = null, to = view.folded.length): boolean {
  const failing = view.sentences.filter((s) => s.start < to && cues.some((c) => c.strong && c.index >= s.start && c.index < s.end));
  if (failing.length === 0) return false;
  // (not an offset, a counting window or an earlier outage's length: is-outage-length.ts)
  const lengths = findDurations(view.folded).filter((d) =>
    !d.vague && !d.ago && d.minutes <= MAX_MINUTES && !SOMEDAY.test(view.folded.slice(d.index, d.end)) && isOutageLength(view, d.index, d.end, publishedAt));
  return failing.some((s) => lengths.some((d) => d.index >= s.start && d.index < s.end));
}
