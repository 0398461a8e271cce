// A renamed service's outage is named as the service was called when it happened: the 2012
// leap-day outage was Windows Azure's, a 2016 one Twitter's, a 2019 one Office 365's.
import { nameOn } from "../domain/name-on";
import type { ServiceMention } from "../domain/types";
import { SERVICES } from "./data/services";

const NAMES = new Map(
  SERVICES.filter((s) => s.formerNames).map((s) => [s.name, [...s.formerNames!, { name: s.name, until: null }] as { name: string; until: string | null }[]]),
);

/**
 * The mentions with each renamed service named as it was on `day` (YYYY-MM-DD; null leaves the
 * name as it is). Every mention of a renamed service carries its names, so that an incident can
 * name it at the incident's day when this document gives none (an undated page saying "Azure").
 */
export function namedAtTheTime(services: ServiceMention[], day: string | null): ServiceMention[] {
  return services.map((s) => {
    const names = NAMES.get(s.name);
    if (!names) return s;
    return { ...s, name: day ? nameOn(names, day) : s.name, names };
  });
}
