// Whether the sentence around a day anchor tells the story's own failure: the day a text names is the
// story's day only when what happened on it is the failure ("the app went dark on Thursday", "les
// parents n'ont pas pu accéder au portail la veille"), not something else ("shares fell after
// yesterday's results") nor an earlier episode ("Hier déjà, le site avait connu des lenteurs").
import { EARLIER_EPISODE } from "./data/story-day-phrases";
import { WITHOUT_SERVICE_CUES } from "../data/time-role-cues";
import { compileCues, hasMatch } from "../compile-cues";
import { outageCueHits } from "../outage-cue-hits";
import { sentenceAt } from "../split-sentences";
import type { TimeContext } from "./time-context";

const WITHOUT_RE = compileCues(WITHOUT_SERVICE_CUES);

/** Whether the sentence holding `index` tells a failure (a failure word, users cut off) not marked as an earlier one. */
export function tellsOwnFailure(c: TimeContext, index: number): boolean {
  const s = sentenceAt(c, index);
  const text = c.folded.slice(s.start, s.end);
  if (EARLIER_EPISODE.test(text)) return false;
  return outageCueHits(text).length > 0 || hasMatch(WITHOUT_RE, c.folded, s.start, s.end);
}
