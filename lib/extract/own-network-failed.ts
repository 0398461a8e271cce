// Whether an operator failed itself or only a product it runs: Safaricom's calls, texts and M-Pesa
// down together is Safaricom's outage and M-Pesa's; M-Pesa down while calls worked is M-Pesa's.
import { compileCues, hasMatch } from "./compile-cues";
import { CARRIER_SERVICE_WORDS, SPARED_AFTER } from "./data/role-cues";
import type { CueHit } from "./outage-cue-hits";
import type { TextView } from "./text-view";

const CARRIER_RE = compileCues(CARRIER_SERVICE_WORDS);

/** Whether a sentence with failure words names an operator's own services (calls, texts, mobile data), not as spared. */
export function ownNetworkFailed(view: TextView, cues: CueHit[]): boolean {
  return view.sentences.some(
    (s) =>
      hasMatch(CARRIER_RE, view.folded, s.start, s.end) &&
      cues.some((c) => c.index >= s.start && c.index < s.end) &&
      !SPARED_AFTER.test(view.folded.slice(s.start, s.end)),
  );
}
