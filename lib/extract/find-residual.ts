// Impact that outlasts the fix: "machines that already crashed may need to be repaired one by one",
// "les postes déjà bloqués doivent être réparés à la main", "a backlog of orders", "some users still
// reported delays on Thursday". Said only once a recovery or a fix is told; before that, "still down"
// is the outage itself.
import type { ResidualImpact, TimeFact } from "../domain/types";
import { RESIDUAL_CUES } from "./data/time-role-cues";
import { allMatches, compileCues } from "./compile-cues";
import { roleMatches } from "./role-matches";
import { sentenceAt, spanOf, type TextView } from "./text-view";

const RESIDUAL_RE = compileCues(RESIDUAL_CUES);
const AFTER_FIX_ROLES = new Set(["mitigation", "partial-recovery", "recovery", "end", "identified"]);

/** Sentences telling of impact that remains after the fix, once the document tells of a fix or a recovery. */
export function findResidual(view: TextView, times: TimeFact[]): ResidualImpact[] {
  const fixed = times.some((t) => AFTER_FIX_ROLES.has(t.role)) || roleMatches(view.folded, 0, view.folded.length).some((m) => AFTER_FIX_ROLES.has(m.role));
  if (!fixed) return [];
  const out: ResidualImpact[] = [];
  const seen = new Set<number>();
  for (const m of allMatches(RESIDUAL_RE, view.folded)) {
    const s = sentenceAt(view, m.index);
    if (seen.has(s.start)) continue;
    seen.add(s.start);
    const span = spanOf(view, s.start, s.end);
    out.push({ text: span.text.trim(), span });
  }
  return out;
}
