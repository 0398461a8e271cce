// Whether a day or part of day named after a clock stands past a clause break ("restored at 2 p.m.,
// but the backlog could take until Thursday to clear"; "rétabli depuis mercredi vers 8 h, après la
// panne qui avait commencé mardi soir"): it tells that other clause's moment and does not reach back to
// the clock. Days named before the clock, in an earlier clause, still carry forward as narration does.
import { CLAUSE_SEPARATOR } from "../data/time-role-cues";
import type { TimeContext } from "./time-context";

const LATER_CLAUSE = new RegExp(CLAUSE_SEPARATOR.source);

/** True when `at` comes after the clock ending at `clockEnd` with a clause break between them. */
export function inLaterClause(c: Pick<TimeContext, "folded">, clockEnd: number, at: number): boolean {
  return at >= clockEnd && LATER_CLAUSE.test(c.folded.slice(clockEnd, at));
}
