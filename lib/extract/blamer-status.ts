// How firm a cause is by who names it: "Meta blamed a technical issue" is the operator's own word,
// "users blamed a cyberattack" a guess. The operator is a failed service, its owner ("Meta" for
// Facebook) or a phrase standing for it ("the company", "la société").
import type { CauseStatus, ServiceMention } from "../domain/types";
import { BLAME_VERBS, OPERATOR_SUBJECT_CUES, OUTSIDER_SUBJECT_CUES, PASSIVE_BEFORE } from "./data/cause-cues";
import { SERVICES } from "./data/services";
import { allMatches, compileCues } from "./compile-cues";
import { foldText } from "../text/fold-text";

const BLAME_RE = compileCues(BLAME_VERBS);
const OUTSIDER_RE = compileCues(OUTSIDER_SUBJECT_CUES);
// The subject is looked for this far before the verb ("Meta, which owns Facebook, blamed").
const SUBJECT_REACH = 80;
// ", and" (", et", ", but") right before the verb, an auxiliary between: a second predicate of the sentence's subject
const COORDINATED_BEFORE = /, (?:and|but|et|mais) (?:(?:has|had|it|a|avait|l'a|ont|then|puis|also|aussi) )*$/;
const COORDINATION_REACH = 30;
// how far into the sentence its opening subject is looked for ("Comcast says", "La direction de Bell a")
const OPENING_SUBJECT = 40;

/** The folded names that speak for the operator of the failed services, as a cue regex. */
export function operatorSubjects(services: ServiceMention[]): RegExp {
  return compiledOnce([...OPERATOR_SUBJECT_CUES, ...failedNames(services)]);
}

/** The failed services' own names, their owners' and their aliases, folded, as a cue regex. */
export function failedServiceNames(services: ServiceMention[]): RegExp {
  return compiledOnce(failedNames(services));
}

// the same failed services come back document after document: their regex is compiled once
function compiledOnce(names: string[]): RegExp {
  const key = names.join("\n");
  let re = OPERATOR_RES.get(key);
  if (!re) {
    if (OPERATOR_RES.size >= OPERATOR_RES_KEPT) OPERATOR_RES.clear();
    OPERATOR_RES.set(key, (re = compileCues(names)));
  }
  return re;
}

function failedNames(services: ServiceMention[]): string[] {
  const names: string[] = [];
  for (const s of services.filter((m) => m.role === "failed")) {
    names.push(foldText(s.name));
    if (s.company) names.push(foldText(s.company));
    names.push(...(SERVICES.find((e) => e.name === s.name)?.aliases ?? []));
  }
  return names;
}

const OPERATOR_RES = new Map<string, RegExp>();
// bounded, so a long-running ingest stays small
const OPERATOR_RES_KEPT = 1000;

/** "confirmed" when the operator blames or attributes, "speculated" when outsiders do, else null. */
export function blamerStatus(folded: string, start: number, end: number, operators: RegExp): Extract<CauseStatus, "confirmed" | "speculated"> | null {
  let status: "confirmed" | "speculated" | null = null;
  for (const verb of allMatches(BLAME_RE, folded, start, end)) {
    // a blame verb joined to the sentence's first verb ("Acme says it will credit customers who lost
    // service, and blamed ...", "X a présenté ses excuses aux abonnés privés de réseau, et a mis en cause")
    // shares its subject, the one the sentence opens on: the nouns in between are objects
    const coordinated = COORDINATED_BEFORE.test(folded.slice(Math.max(start, verb.index - COORDINATION_REACH), verb.index));
    const from = coordinated ? start : Math.max(start, verb.index - SUBJECT_REACH);
    const to = coordinated ? Math.min(verb.index, start + OPENING_SUBJECT) : verb.index;
    if (PASSIVE_BEFORE.test(folded.slice(from, verb.index))) continue;
    // the operator as the complement of another noun is not the subject: "customers of the bank blamed"
    const operator = lastEnd(operators, folded, from, to, OF_BEFORE);
    const outsider = lastEnd(OUTSIDER_RE, folded, from, to);
    if (outsider > operator) return "speculated";
    if (operator > outsider) status = "confirmed";
  }
  return status;
}

const OF_BEFORE = /\b(?:of|de|du|des|d')\s*$/;

function lastEnd(re: RegExp, folded: string, from: number, to: number, notAfter?: RegExp): number {
  return allMatches(re, folded, from, to)
    .filter((m) => m.end <= to && !notAfter?.test(folded.slice(Math.max(from, m.index - 5), m.index)))
    .reduce((a, m) => Math.max(a, m.end), -1);
}
