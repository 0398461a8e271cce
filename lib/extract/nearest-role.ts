// Which role cue of a sentence describes a phrase in it: the nearest, a cue after the phrase and one
// across a clause break counting as farther.
import type { TimeRole } from "../domain/types";
import { FORWARD_ONLY_CUES, ROLE_DISTANCE_FACTOR, START_REFERENCE_BEFORE } from "./data/time-role-cues";
import { CLAUSE_BREAK, type Range } from "./clause-around";
import { roleMatches } from "./role-matches";

// A cue after the time phrase is read as farther than one before it ("depuis 16h" vs "16h, restored"),
// and one across a clause break ("at 20:50, and DNS began...") farther still.
const AFTER_PENALTY = 1.6;
const FORWARD_ONLY = new Set(FORWARD_ONLY_CUES.map((c) => c.replace(/ /g, " ")));
const CLAUSE_PENALTY = 3;

/** The nearest cue of the time's own clause, else of its sentence (a clause break counting as distance); cues inside [at, atEnd) are skipped. */
export function nearestRole(folded: string, start: number, end: number, at: number, atEnd: number, clause?: Range): { role: TimeRole; at: number } {
  const all = roleMatches(folded, start, end);
  const own = clause ? all.filter((m) => m.index >= clause.start && m.end <= clause.end) : [];
  let best: { role: TimeRole; distance: number; at: number } = { role: "other", distance: Infinity, at: -1 };
  for (const m of own.length > 0 ? own : all) {
    if (m.index >= at && m.index < atEnd) continue;
    if (m.index >= atEnd && FORWARD_ONLY.has(folded.slice(m.index, m.end).replace(/\s+/g, " "))) continue;
    // "22 h 16, 15 heures après le début": the time is not the start; "after the first errors at 10:50" still dates them
    if (m.index >= atEnd && m.role === "start" && START_REFERENCE_BEFORE.test(folded.slice(Math.max(start, m.index - 12), m.index))) continue;
    const between = m.end <= at ? folded.slice(m.end, at) : folded.slice(atEnd, m.index);
    let distance = m.end <= at ? at - m.end : (m.index - atEnd) * AFTER_PENALTY;
    if (CLAUSE_BREAK.test(between)) distance *= CLAUSE_PENALTY;
    distance *= ROLE_DISTANCE_FACTOR[m.role] ?? 1;
    if (distance < best.distance) best = { role: m.role, distance, at: m.index };
  }
  return { role: best.role, at: best.at };
}
