// The zone a guessed-zone article's bare clocks are in, told by the incident's other articles writing the
// same wall clocks with their zone: the English stories' bare "7:45am" and "1:20pm" about a British bank
// are the "7h45 du matin (heure de Londres)" and "13h20" of a French one; a bare "08:40" of an English
// story is the "08:40 Paris time" of another. The same minute written twice is the same moment told twice.
import { DateTime } from "luxon";
import type { ExtractedDocument, TimeExpression } from "../domain/types";
import { HOME_PRESS_ZONES } from "../extract/time/data/zone-phrases";

type Instant = Extract<TimeExpression, { kind: "instant" }>;

/** The one zone other documents write one of `doc`'s bare minute clocks in, when it is not the one `doc`
 * read them in; null when none or several. French bare clocks leave Paris only for a French-language
 * press's home (a Paris newsroom writes Paris time; its "11 h 55" meeting another story's "11:55 UTC"
 * is a coincidence), English ones for any zone (English is written everywhere). */
export function clockMatchedZone(doc: ExtractedDocument, docs: ExtractedDocument[]): string | null {
  const written = docs.filter((d) => d !== doc).flatMap((d) => d.facts.times.map((f) => f.time).filter((t): t is Instant => isMinute(t) && t.zoneExplicit));
  const zones = new Set<string>();
  for (const f of doc.facts.times) {
    const t = f.time;
    if (!isMinute(t) || t.zoneExplicit) continue;
    const clock = wallClock(t.utc, t.zone);
    for (const w of written) if (w.zone !== t.zone && wallClock(w.utc, w.zone) === clock) zones.add(w.zone);
  }
  if (zones.size !== 1) return null;
  const [zone] = [...zones];
  return doc.lang === "en" || HOME_PRESS_ZONES.fr.includes(zone) ? zone : null;
}

function isMinute(t: TimeExpression): t is Instant {
  return t.kind === "instant" && t.granularity === "minute";
}

function wallClock(utc: string, zone: string): string | null {
  const at = DateTime.fromISO(utc, { zone: "utc" }).setZone(zone);
  return at.isValid ? at.toFormat("HH:mm") : null;
}
