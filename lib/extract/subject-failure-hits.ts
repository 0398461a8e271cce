// Failure cues that count only with an online subject: a verb of giving way after a site, an app or
// servers named in its clause ("le site et l'application ont cédé", "school platform buckles"), or
// after a named service ("MyCanal a cédé au coup d'envoi"); and a user's attempt or request said to
// have failed ("HTTPS requests to customer sites failed"). Strong as "panne" is, added to the
// document's other cues in text order (as named-crash-hits.ts adds its verbs).
import { FAILED_ATTEMPT_NOT_WITHIN, FAILED_ATTEMPT_RE, GIVE_WAY_NOT_AFTER, GIVE_WAY_VERBS, MARKET_BEFORE, ONLINE_NOUNS } from "./data/outage-cues";
import { NEGATED_BEFORE } from "./data/failure-context-cues";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import { clauseAround } from "./clause-around";
import type { CueHit } from "./outage-cue-hits";
import type { ServiceHit } from "./service-hit";
import { sentenceAt, type TextView } from "./text-view";

const GIVE_WAY_RE = compileCues(GIVE_WAY_VERBS);
// a bare "service" is also a hospital ward's or an ambulance crew's ("le service des urgences craque
// sous l'afflux", "the ambulance service buckles"): an online service is named as one ("online service")
const ONLINE_RE = compileCues(ONLINE_NOUNS.filter((n) => n !== "service*"));
// the verb that ends a failed attempt's match
const FAILED_VERB = /(?:failed|(?:were|began|started) failing)$/;

/** The cues plus a strong cue for each give-way verb with an online subject and each failed attempt. */
export function withSubjectFailures(view: TextView, cues: CueHit[], hits: ServiceHit[]): CueHit[] {
  const added = [...giveWayHits(view, hits), ...failedAttemptHits(view.folded)]
    .filter((a) => !cues.some((c) => c.index < a.end && c.end > a.index) && !NEGATED_BEFORE.test(view.folded.slice(Math.max(0, a.index - 40), a.index)));
  return added.length === 0 ? cues : [...cues, ...added].sort((a, b) => a.index - b.index);
}

function giveWayHits(view: TextView, hits: ServiceHit[]): CueHit[] {
  const folded = view.folded;
  return allMatches(GIVE_WAY_RE, folded).filter((m) => {
    if (GIVE_WAY_NOT_AFTER.test(folded.slice(m.end, m.end + 30)) || MARKET_BEFORE.test(folded.slice(Math.max(0, m.index - 70), m.index))) return false;
    const s = sentenceAt(view, m.index);
    const clause = clauseAround(folded, s.start, s.end, m.index);
    return hasMatch(ONLINE_RE, folded, clause.start, m.index) || hits.some((h) => h.index >= clause.start && h.end <= m.index);
  }).map((m) => ({ index: m.index, end: m.end, strong: true, weight: 1 }));
}

function failedAttemptHits(folded: string): CueHit[] {
  // the verb alone is the cue ("failed", "were failing"), not the attempt before it
  return allMatches(FAILED_ATTEMPT_RE, folded).filter((m) => !FAILED_ATTEMPT_NOT_WITHIN.test(m.text)).map((m) => {
    const verb = FAILED_VERB.exec(m.text)!;
    return { index: m.index + verb.index, end: m.end, strong: true, weight: 1 };
  });
}
