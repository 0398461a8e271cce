// A recovery told in the present with no time of its own ("our apps are now working again for almost
// everyone", "we're 99% of the way there", "le service est désormais rétabli") is dated by the
// publication: operators and live reports say it when it happens. Only for documents published around
// the outage's day; a retrospective's "is back" says nothing of when.
import type { TimeExpression, TimeFact } from "../domain/types";
import { NOW_CUES, PARTIAL_CUES, RECOVERY_NEGATION } from "./data/time-role-cues";
import { extentIn } from "./classify-times";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import { roleMatches } from "./role-matches";
import { spanOf, type TextView } from "./text-view";

const NOW_RE = compileCues(NOW_CUES);
const PARTIAL_RE = compileCues(PARTIAL_CUES);
// published later than this after the outage's day, a present recovery is background
const MAX_DAYS_AFTER_OUTAGE_DAY = 2;

/** Recovery facts dated by the publication, for sentences in the present that state no time. */
export function presentRecovery(view: TextView, expressions: TimeExpression[], publishedAt: Date | null, outageDay: string | null): TimeFact[] {
  if (!publishedAt || !outageDay) return [];
  const age = publishedAt.getTime() - Date.parse(`${outageDay}T00:00:00Z`);
  if (!(age >= 0 && age < (MAX_DAYS_AFTER_OUTAGE_DAY + 1) * 86_400_000)) return [];
  const out: TimeFact[] = [];
  for (const s of view.sentences) {
    if (expressions.some((t) => t.kind !== "duration" && t.index >= s.start && t.index < s.end)) continue;
    const now = allMatches(NOW_RE, view.folded, s.start, s.end)[0];
    if (!now || hasMatch(RECOVERY_NEGATION, view.folded, s.start, s.end)) continue;
    const recovery = roleMatches(view.folded, s.start, s.end).some((m) => m.role === "recovery" || m.role === "partial-recovery");
    const extent = extentIn(view.folded, s.start, s.end);
    if (!recovery && !/%/.test(extent ?? "")) continue;
    const partial = extent !== null || hasMatch(PARTIAL_RE, view.folded, s.start, s.end);
    out.push(publicationFact(view, s.start, s.end, publishedAt, now.index, partial, extent));
  }
  return out.slice(0, 1);
}

function publicationFact(view: TextView, start: number, end: number, publishedAt: Date, at: number, partial: boolean, extent: string | null): TimeFact {
  const utc = publishedAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const time: TimeExpression = { kind: "instant", utc, granularity: "hour", localDate: utc.slice(0, 10), zone: "UTC", zoneExplicit: true, phrase: view.full.slice(at, at + 20), index: at };
  return { role: partial ? "partial-recovery" : "recovery", time, confidence: 0.4, span: spanOf(view, start, end), fromPublication: true, ...(extent ? { extent } : {}) };
}
