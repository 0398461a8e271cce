// Every time-role cue of a stretch of text, with where it sits: what classifying a time and reading
// a relative recovery ("an hour later") both look up.
import type { TimeRole } from "../domain/types";
import { FAILURE_SUBJECT_BEFORE, RECOVERY_INTENT_BEFORE, RESTARTED_FAILURE_AFTER, REVISIT_AFTER, TIME_ROLE_CUES } from "./data/time-role-cues";
import { abilityAgainHits } from "./ability-again-hits";
import { compileCues, rangeMatcher } from "./compile-cues";

export interface RoleMatch {
  role: TimeRole;
  index: number;
  end: number;
}

// read over many stretches of one document (each time's sentence, each recovery's region, the whole
// text): each list's matches are found once per document (rangeMatcher), not once per stretch
const ROLE_FINDERS = Object.entries(TIME_ROLE_CUES).map(([role, cues]) => ({ role: role as TimeRole, find: rangeMatcher(compileCues(cues!)) }));

/** Every role cue of folded[start, end), with the ability-again recoveries ("could log in again"). */
export function roleMatches(folded: string, start: number, end: number): RoleMatch[] {
  const out = ROLE_FINDERS.flatMap(({ role, find }) => find(folded, start, end).map((m) => ({ role, index: m.index, end: m.end })))
    // "working hard to restore services" is an aim, not a recovery
    .filter((m) => m.role !== "recovery" || !RECOVERY_INTENT_BEFORE.test(folded.slice(Math.max(0, m.index - 24), m.index)))
    // "the attack resumed on Tuesday": the failure taken up again, no recovery
    .filter((m) => m.role !== "recovery" || !/^(?:resumed|(?:a|ont|avai(?:t|ent)) repris)$/.test(folded.slice(m.index, m.end)) || !FAILURE_SUBJECT_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index)))
    // "le site recommençait à planter": the failure started again, no recovery
    .filter((m) => m.role !== "recovery" || !/^recommenc/.test(folded.slice(m.index, m.end)) || !RESTARTED_FAILURE_AFTER.test(folded.slice(m.end, m.end + 40)))
    // "est revenu lundi sur la panne de samedi" goes back over the outage: no recovery
    .filter((m) => m.role !== "recovery" || !/^reven|^revien/.test(folded.slice(m.index, m.end)) || !REVISIT_AFTER.test(folded.slice(m.end, m.end + 80)));
  for (const m of abilityAgainHits(folded, start, end)) out.push({ role: "recovery", index: m.index, end: m.end });
  return out;
}
