// The zone of the country whose national network or service failed, for an article whose outlet's zone
// is unknown: a Kenyan operator's "5:00 am" is Nairobi's, whichever generic .com tells it, a
// Canadian carrier's "vers 7 h samedi" in French is Eastern time, not Paris's, and the British tax
// office's site "down from 2 p.m." on its filing deadline is London's, not New York's. Only services that
// failed count (a rival named in passing says nothing), and only when they all point to one zone.
import type { ServiceMention } from "../../domain/types";
import { foldText } from "../../text/fold-text";
import { CCTLD_ZONES } from "./data/zone-phrases";
import { OPERATOR_COUNTRIES } from "./data/operator-countries";
import { findPlaces } from "./find-zone-after";

/** The one home zone of the failed national networks and services among `services`, or null. */
export function serviceZone(services: Pick<ServiceMention, "name" | "role">[]): string | null {
  const zones = new Set<string>();
  for (const s of services) {
    if (s.role !== "failed") continue;
    const zone = homeZone(s.name);
    if (zone) zones.add(zone);
  }
  return zones.size === 1 ? [...zones][0] : null;
}

// A national network named with its country ("MTN Guinée", "Vodafone Portugal") is in that
// country's zone; a single-country operator, public service or bank in its country's.
function homeZone(name: string): string | null {
  // a listed service's country comes first: the bank "Halifax" is British, not Nova Scotia's
  const listed = OPERATOR_COUNTRIES[name];
  if (listed) return CCTLD_ZONES[listed] ?? null;
  const folded = foldText(name);
  return findPlaces(folded, 0, folded.length)[0]?.zone ?? null;
}
