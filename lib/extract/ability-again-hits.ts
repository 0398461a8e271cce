// "Users could log in again", "les abonnés pouvaient de nouveau appeler": an ability stated again
// reads as a recovery even without a recovery verb, unless it is negated ("could not log in again").
import { ABILITY_CUES, ABILITY_NEGATION, AGAIN_CUES } from "./data/time-role-cues";
import { compileCues, rangeMatcher } from "./compile-cues";

// read stretch by stretch over one document (role-matches.ts): matches found once per document
const AGAIN_IN = rangeMatcher(compileCues(AGAIN_CUES));
const ABILITY_IN = rangeMatcher(compileCues(ABILITY_CUES));
// the ability word and "again" belong to one clause when this close
const ABILITY_REACH = 60;

/** The "again" words of folded[start, end) that follow an un-negated ability word, as recovery cue spans. */
export function abilityAgainHits(folded: string, start: number, end: number): { index: number; end: number; text: string }[] {
  const abilities = ABILITY_IN(folded, start, end);
  if (abilities.length === 0) return [];
  return AGAIN_IN(folded, start, end).filter((again) =>
    abilities.some((a) => {
      const reach = again.index - a.end;
      // "ne pouvaient de nouveau" is rare; the negation sits just before the ability word or between the two
      return reach >= -20 && reach <= ABILITY_REACH && !ABILITY_NEGATION.test(folded.slice(Math.max(start, a.index - 15), Math.max(a.end, again.index)));
    }),
  );
}
