// A wire dateline opens a story with the place it was filed from and often the day: "SAN JOSE,
// California, April 14 (Reuters) -", "Rabat, 21 jan 2026 (AFP) —", "MONTRÉAL —". Agencies and the
// papers that follow their style write a story's clocks in that place's time ("local time" is the
// dateline's), whoever republishes it, so the dateline's zone reads the zone-less clocks of an outlet
// that has none configured; its day is the day of filing, the story's stamp, and dates none of the events (extract-times.ts).
import { findPlaces } from "./find-zone-after";

// A dateline is the first thing of a paragraph near the top (after a title or a kicker line or two).
const HEAD_CHARS = 400;
// place [, region or date] [(agency)] then a dash: on the folded text, where every dash is "-"
const DATELINE = /(?:^|\n)[ \t]*([a-z][a-z .'-]{1,30}?)[ \t]*(?:,[ \t]*[^\n()-]{1,40}?)?[ \t]*(?:\([a-z][a-z -]{0,20}\)[ \t]*)?-{1,2}[ \t]/g;

export interface Dateline {
  start: number; // where the place begins
  end: number; // just past the dash
  zone: string;
}

/** The wire dateline near the top of `folded` (its span and its place's zone), or null when the text opens with none. */
export function findDateline(folded: string): Dateline | null {
  const head = folded.slice(0, HEAD_CHARS);
  DATELINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATELINE.exec(head))) {
    const name = m[1].trim();
    const place = findPlaces(name, 0, name.length)[0];
    // the whole head is the place ("Nairobi"), not a kicker that holds one ("Paris Saint-Germain")
    if (place && place.index === 0 && place.name === name.replace(/\s+/g, " ")) return { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].length, zone: place.zone };
  }
  return null;
}

/** The zone of the place a dateline near the top of `folded` names, or null when it opens with none. */
export function datelineZone(folded: string): string | null {
  return findDateline(folded)?.zone ?? null;
}
