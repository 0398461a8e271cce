// Whether a title is about a machine breaking down (a lift, a locomotive, a factory's robots or
// assembly line) rather than an online service: such a breakdown strands tenants, passengers or
// workers, and its story uses an outage report's words ("en panne depuis trois semaines",
// "immobilisé deux heures"). The own sets' six such titles were all look-alikes; the unknown-name
// readers took a word of them for a brand ("Locomotive en panne", "Tour Brabançonne : ...").
import { SERVICES } from "./data/services";
import { MACHINE_CUES, MACHINE_NOT_AFTER, ONLINE_NOUNS } from "./data/outage-cues";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import type { ServiceHit } from "./service-hit";
import type { TextView } from "./text-view";
import { foldText } from "../text/fold-text";

const MACHINE_RE = compileCues(MACHINE_CUES);
const ONLINE_RE = compileCues(ONLINE_NOUNS);
const CATALOGUE_NAMES: ReadonlySet<string> = new Set(SERVICES.map((s) => foldText(s.name)));

/** Whether the title names a machine and no catalogued service (a lift's breakdown, not its maker's app). */
export function titleNamesMachine(view: TextView, hits: ServiceHit[]): boolean {
  // a robot maker's app or servers failing is an online outage told with its machines ("Roomba robots
  // stranded by an app outage", "les robots paralysés par une panne des serveurs")
  if (hasMatch(ONLINE_RE, view.folded, 0, view.titleEnd)) return false;
  const machine = allMatches(MACHINE_RE, view.folded, 0, view.titleEnd).some((m) => !MACHINE_NOT_AFTER.test(view.folded.slice(m.end, m.end + 20)));
  return machine && !hits.some((h) => h.index < view.titleEnd && isCatalogued(h));
}

// a catalogue entry or one of its national networks; an unknown name read from the title (a word
// of the machine's story taken for a brand) is not one
function isCatalogued(hit: ServiceHit): boolean {
  return hit.entry.parent !== undefined || CATALOGUE_NAMES.has(foldText(hit.entry.name));
}
