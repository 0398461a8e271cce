// A day or a part of one given with its zone, no clock at all: "mardi matin, heure de l'Est", "on
// Tuesday afternoon European time", "this afternoon (UK time)", "en début d'après-midi, heure de Séoul".
// The text places the outage's day in that zone, so it writes its story there: its bare clocks that
// follow ("De 9 h 02 à 10 h 31") are that zone's, as they are after a clock written with its zone.
import { findZoneAfter } from "./find-zone-after";

// A weekday or a part of the day, not the "du matin" / "in the morning" that follows a clock.
const DAY_WORD = /(?<![a-z])(?<!\b(?:du|in the)\s)(?:matin|matinee|soir|soiree|apres-midi|nuit|morning|afternoon|evening|night|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|aujourd'hui)(?![a-z'-])/g;
// The zone phrase must say it is a zone ("heure de", "time", an abbreviation): "mardi à Montréal" is
// where, not which clock.
const ZONE_WORD = /heure|temps|fuseau|time|^\W*[A-Z]{2,5}\b/;
// Québec's press names its own Eastern time "heure de l'Est" (HNE, HAE: America/Toronto); the tz
// database's two zones keep the same clock, Toronto is the French-language press's home (zone-phrases.ts).
const QUEBEC_EAST = /heure\s+(?:normale\s+|avancee\s+)?de\s+l'est\b/;

/** The zones `text` writes right after a weekday or a part of the day, in text order. */
export function dayPartZones(text: string, folded: string, lang: "fr" | "en"): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(DAY_WORD)) {
    const end = m.index + m[0].length;
    const z = findZoneAfter(text, folded, end);
    if (!z?.zone || !ZONE_WORD.test(text.slice(end, z.end))) continue;
    const said = folded.slice(end, z.end);
    out.push(lang === "fr" && QUEBEC_EAST.test(said) ? "America/Toronto" : z.zone);
  }
  return out;
}
