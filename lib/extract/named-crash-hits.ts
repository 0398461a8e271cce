// Colloquial crash verbs right after a service's name (a catalogue one, or the unknown name a title or lead tells failing) ("SNCF Connect plante dès
// l'ouverture", "GitHub fell over"): failure cues only there (see NAMED_CRASH_VERBS), strong as
// "panne" is, and added to the document's other cues in text order.
import { NAMED_CRASH_OBJECT_AFTER, NAMED_CRASH_VERBS } from "./data/outage-cues";
import { NEGATED_BEFORE } from "./data/failure-context-cues";
import { allMatches, compileCues } from "./compile-cues";
import type { CueHit } from "./outage-cue-hits";
import type { ServiceHit } from "./service-hit";

const VERB_RE = compileCues(NAMED_CRASH_VERBS);

/** The cues plus a strong cue for each colloquial crash verb that follows a named service (one space between). */
export function withNamedCrashes(folded: string, cues: CueHit[], hits: ServiceHit[]): CueHit[] {
  const ends = new Set(hits.map((h) => h.end + 1));
  const added: CueHit[] = [];
  for (const m of allMatches(VERB_RE, folded)) {
    if (!ends.has(m.index) || folded[m.index - 1] !== " ") continue;
    if (NAMED_CRASH_OBJECT_AFTER.test(folded.slice(m.end, m.end + 12))) continue;
    if (NEGATED_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (cues.some((c) => c.index < m.end && c.end > m.index)) continue;
    added.push({ index: m.index, end: m.end, strong: true, weight: 1 });
  }
  return added.length === 0 ? cues : [...cues, ...added].sort((a, b) => a.index - b.index);
}
