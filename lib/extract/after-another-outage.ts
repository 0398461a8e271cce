// "LinkedIn faces disruption following the Facebook outage", "Slack en panne suite à la panne
// d'AWS": a service named as an outage after a temporal connector, in a sentence whose subject is
// another service. Whether that outage caused the subject's is a fact about the world: a cloud, CDN,
// network or operator carries other companies' services (its outage is the cause, the subject its
// knock-on victim); one consumer platform does not carry another (its outage came before, another
// outage in a series, and the subject failed on its own).
import { allMatches, compileCues } from "./compile-cues";
import { INFRASTRUCTURE_KINDS, type ServiceEntry } from "./data/services";
import { NO_LINK, TEMPORAL_CONNECTORS } from "./data/role-cues";
import type { ServiceHit } from "./service-hit";
import type { TextView } from "./text-view";

const TEMPORAL_RE = compileCues(TEMPORAL_CONNECTORS);
// the earlier service is named within the connector's phrase ("following Tuesday's Facebook outage")
const REACH = 60;
const OUTAGE_NOUN = /\b(?:outages?|pannes?|coupures?|incidents?|crash|blackout|defaillances?|disruptions?|perturbations?|downtime)\b/;

/**
 * The part a temporal connector gives `hit` in its sentence: `failed` for a carrier named as the
 * outage after it, `knock-on` for the subject before it, `bystander` for another company's
 * platform named as the earlier outage, or any service named so in a sentence that says the two
 * outages are unrelated; null when the sentence has no such connector for it.
 */
export function afterAnotherOutage(view: TextView, hit: ServiceHit, hits: ServiceHit[], start: number, end: number): "failed" | "knock-on" | "bystander" | null {
  for (const c of allMatches(TEMPORAL_RE, view.folded, start, end)) {
    const earlier = hits.find((h) => h.index >= c.end && h.index - c.end <= REACH && h.index < end);
    if (!earlier || /[,;:()]/.test(view.folded.slice(c.end, earlier.index))) continue;
    const phrase = view.folded.slice(c.index, Math.min(end, earlier.end + 25)).split(/[,;:.]/)[0];
    if (!OUTAGE_NOUN.test(phrase)) continue;
    // "Quelques heures après la coupure chez Free, et sans aucun lien avec elle, c'est Doctolib qui…"
    if (NO_LINK.test(view.folded.slice(start, end))) {
      if (hit === earlier) return "bystander";
      continue;
    }
    const subjects = hits.filter((h) => h.index >= start && h.end <= c.index && h.entry.name !== earlier.entry.name && !sameCompany(h.entry, earlier.entry));
    if (subjects.length === 0) continue;
    const carrier = isCarrier(earlier.entry);
    if (hit === earlier) return carrier ? "failed" : "bystander";
    if (subjects.includes(hit)) return carrier ? "knock-on" : null;
  }
  return null;
}

// "The outage comes less than four years after a nationwide Rogers outage", "Cette panne survient
// deux ans, jour pour jour, après celle d'Orange": the story's own outage measured against an
// earlier one by months or years. That earlier outage is history, whatever its kind (a cloud's
// outage years ago carried nothing today). Only when the sentence's subject is the outage itself: "The
// lawsuit comes six months after the CrowdStrike outage" is a follow-up about that very outage.
const PAST_OUTAGE_COMPARED = /\b(?:outages?|pannes?|incidents?|disruptions?|breakdowns?|blackouts?|it|elle|celle-ci|celui-ci)(?: [a-z'-]+){0,3} (?:comes|came|survient|intervient|arrive|est survenue|survenait|intervenait)\b[^.;]*?\b(?:years?|months?|weeks?|ans|annees|mois|semaines)(?:,? (?:almost |nearly |presque |quasiment )?(?:to the day|jour pour jour),?)? (?:after|apres)\b[^.;]*$/;

/** Whether `hit` is named as an earlier outage that its sentence measures the story's own against by months or years. */
export function comparedPastOutage(view: TextView, hit: ServiceHit, start: number): boolean {
  if (!PAST_OUTAGE_COMPARED.test(view.folded.slice(start, hit.index))) return false;
  // the earlier outage's own phrase: "after a nationwide Rogers outage", "après celle d'Orange"
  const tail = view.folded.slice(hit.end, hit.end + 30);
  return OUTAGE_NOUN.test(view.folded.slice(Math.max(start, hit.index - 40), hit.index) + tail) || /\b(?:celle|celui)s? (?:d'|de |du )$/.test(view.folded.slice(Math.max(start, hit.index - 12), hit.index));
}

function isCarrier(e: ServiceEntry): boolean {
  return INFRASTRUCTURE_KINDS.has(e.kind ?? "platform") || e.kind === "telecom";
}

function sameCompany(a: ServiceEntry, b: ServiceEntry): boolean {
  return a.company !== null && a.company === b.company;
}
