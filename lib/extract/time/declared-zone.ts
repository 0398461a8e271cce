// The zone a text declares for all its clocks: an incident review's "Timeline (UTC)" heading, "All
// times are in Pacific Time", "Toutes les heures sont indiquées en heure de Paris". Postmortems and
// status timelines list bare clocks ("09:15 - Downloads start to time out") under such a line; read
// in the outlet's or the language's zone they were hours off the same moments other reports give
// with their zone. The declaration is the text's own word on every bare clock, so it comes first.
import { findZoneAfter } from "./find-zone-after";

const GIVEN = String.raw`(?:indique|exprime|donne)e?s`;
// The words that open a declaration; the zone phrase itself is read by findZoneAfter right after.
const DECLARATION = new RegExp(
  [
    String.raw`\ball\s+times\s+(?:are\s+|below\s+are\s+)?(?:(?:shown|listed|given|expressed|quoted)\s+)?(?:in\s+)?`,
    String.raw`\btimes\s+(?:are\s+|below\s+are\s+)?(?:shown|listed|given|expressed|quoted)\s+(?:in\s+)?`,
    String.raw`\btimeline\s*\(\s*(?:all\s+times\s+(?:in\s+)?)?`,
    String.raw`\btoutes\s+les\s+(?:heures|horaires)\s+(?:sont\s+)?(?:${GIVEN}\s+)?(?:en\s+)?`,
    String.raw`\b(?:heures|horaires)\s+(?:sont\s+)?${GIVEN}\s+(?:en\s+)?`,
    String.raw`\bchronologie\s*\(\s*`,
  ].join("|"),
  "g",
);

/** The one zone the text declares for its times; null when it declares none, or two different ones. */
export function declaredZone(text: string, folded: string): string | null {
  const zones = new Set<string>();
  DECLARATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DECLARATION.exec(folded))) {
    const z = findZoneAfter(text, folded, m.index + m[0].length);
    // "all times local time": the outlet's own zone, no declaration of another
    if (z?.zone) zones.add(z.zone);
  }
  return zones.size === 1 ? [...zones][0] : null;
}
