// Whether a word sits in a description of the setting ("a network used for internal DNS", "le WAN
// qui relie ses centres de données") rather than in the words saying what went wrong.
import { DESCRIPTION_CUES, SERVED_LIST_CUES } from "./data/cause-cues";
import { allMatches, compileCues } from "./compile-cues";

const DESCRIPTION_RE = compileCues(DESCRIPTION_CUES);
const LIST_RE = compileCues(SERVED_LIST_CUES);
// A description is a few words long; farther on, the sentence has moved to something else.
const REACH = 60;

/**
 * True when a description opener comes shortly before `at` in the same clause, with no cause or
 * failure word (`stops`, offsets) in between: those end the description and start the story.
 */
export function inDescription(folded: string, from: number, at: number, stops: number[]): boolean {
  const lo = Math.max(from, at - REACH);
  return opens(DESCRIPTION_RE, /[.;:!?(),]/, folded, lo, at, stops) || opens(LIST_RE, /[.;:!?()]/, folded, lo, at, stops);
}

// a list of served things runs on past commas ("monitoring, DNS and logins"); a relative clause does not
function opens(re: RegExp, breaks: RegExp, folded: string, lo: number, at: number, stops: number[]): boolean {
  const last = allMatches(re, folded, lo, at).filter((m) => m.end <= at).pop();
  if (!last) return false;
  return !breaks.test(folded.slice(last.end, at)) && !stops.some((s) => s >= last.end && s < at);
}
