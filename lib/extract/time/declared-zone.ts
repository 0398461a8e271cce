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
    // the zone as the verb's complement: "Times are Pacific", "All times in this report are UTC",
    // "all times were Singapore time" (a zone must follow at once: "queue times were unchanged" declares
    // none); first, so that at "all" it wins over the bare "all times" below
    String.raw`\b(?:all\s+)?times\s+(?:(?:in|of)\s+(?:this|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s+|stated\s+|below\s+|above\s+|here\s+)?(?:are|were)\s+(?:in\s+)?`,
    // a live page's heading: "Live - times in CAT", "Live blog; times in EDT"
    String.raw`(?:^|\n|[-;:(\u2013\u2014]\s*)times\s+in\s+`,
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
