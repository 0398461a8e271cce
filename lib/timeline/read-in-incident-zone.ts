// An article from an outlet of unknown place reads its bare clocks in its language's default zone (New
// York for English, Paris for French), a guess. When the incident's other articles place their bare
// clocks in one zone they know (their outlet's country, or the failed national service's), that zone
// is where the outage happened: a Nigerian bank's "fully restored at 5.30pm" on a generic .com is
// Lagos's 5.30pm, as the Lagos paper's "from about 8am" is. The wall clock stays, its zone changes.
import { DateTime } from "luxon";
import type { ExtractedDocument, TimeExpression, TimeFact } from "../domain/types";

/** The documents, with the bare clocks of guessed-zone documents read in the incident's one known zone. */
export function readInIncidentZone(docs: ExtractedDocument[]): ExtractedDocument[] {
  const zone = knownZone(docs);
  if (!zone) return docs;
  return docs.map((d) => (d.facts.guessedZone ? { ...d, facts: { ...d.facts, times: d.facts.times.map((f) => rezoned(f, zone)) } } : d));
}

// The one zone the located documents read their bare clocks in; none when they disagree.
function knownZone(docs: ExtractedDocument[]): string | null {
  const zones = new Set<string>();
  for (const d of docs) {
    if (d.facts.guessedZone) continue;
    for (const f of d.facts.times) if (f.time.kind !== "duration" && !f.time.zoneExplicit && isClock(f.time)) zones.add(f.time.zone);
  }
  return zones.size === 1 ? [...zones][0] : null;
}

function isClock(t: Exclude<TimeExpression, { kind: "duration" }>): boolean {
  return t.kind === "range" ? t.granularity === undefined : t.granularity === "minute" || t.granularity === "hour";
}

function rezoned(f: TimeFact, zone: string): TimeFact {
  const t = f.time;
  if (t.kind === "duration" || t.zoneExplicit || t.zone === zone) return f;
  if (t.kind === "instant") return { ...f, time: { ...t, utc: sameWallClock(t.utc, t.zone, zone), zone } };
  return { ...f, time: { ...t, start: sameWallClock(t.start, t.zone, zone), end: sameWallClock(t.end, t.zone, zone), zone } };
}

function sameWallClock(utc: string, from: string, to: string): string {
  const moved = DateTime.fromISO(utc, { zone: "utc" }).setZone(from).setZone(to, { keepLocalTime: true });
  return moved.isValid ? new Date(moved.toMillis()).toISOString().replace(/\.\d{3}Z$/, "Z") : utc;
}
