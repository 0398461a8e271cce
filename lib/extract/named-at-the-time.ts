// A renamed service's outage is named as the service was called when it happened: the 2012
// leap-day outage was Windows Azure's, a 2016 one Twitter's, a 2019 one Office 365's.
import type { ServiceMention } from "../domain/types";
import { SERVICES } from "./data/services";

const FORMER = new Map(SERVICES.filter((s) => s.formerNames).map((s) => [s.name, s.formerNames!]));

/** The mentions with each renamed service named as it was on `day` (YYYY-MM-DD; null leaves them as they are). */
export function namedAtTheTime(services: ServiceMention[], day: string | null): ServiceMention[] {
  if (!day) return services;
  return services.map((s) => {
    const then = FORMER.get(s.name)?.find((f) => day < f.until);
    return then ? { ...s, name: then.name } : s;
  });
}
