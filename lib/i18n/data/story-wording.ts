// Sentences the site generates from an incident's structured facts (the lead, timeline entries,
// why a disputed value was kept), in English and French. Written for this project; extracted text
// (quotes, titles, cause summaries) is never translated, only marked with its language.
import type { CauseStatus, Lang, TimelineEntry } from "../../domain/types";

type Kind = TimelineEntry["kind"];

export interface StoryWording {
  /** "Facebook and Instagram stopped working on 4 October 2021 at 15:40 UTC" */
  failed: (services: string, count: number, date: string, time: string) => string;
  /** for a start the sources give only to the day: the day, no clock time ("on 4 March 2024") */
  failedOnDay: (services: string, count: number, date: string) => string;
  /** for incidents whose start nobody states */
  failedUndated: (services: string, count: number) => string;
  yourTime: string;
  /** how long, and until when (the day only when it is not the start's) */
  lasted: (duration: string, time: string, date: string | null) => string;
  endedAt: (time: string, date: string) => string;
  stillGoing: string;
  /** `operator`: the organisation whose official statements the incident quotes, when there is one */
  cause: (category: string, status: CauseStatus, operator: string | null) => string;
  causeUnknown: string;
  reports: (n: string) => string;
  users: (n: string) => string;
  countries: (list: string) => string;
  /** generated text of timeline entries whose words are ours, by kind */
  entry: Partial<Record<Kind, string>>;
  causeIdentified: (category: string) => string;
  /** why a disputed value was kept, in plain words */
  conflictKept: (kept: number, other: number) => string;
  /** kept with fewer sources than the others: their sources were more precise or official */
  conflictKeptPrecise: (kept: number, other: number) => string;
  conflictRule: string;
  /** the discreet note beside text in the other language */
  inLanguage: Record<Lang, string>;
  /** a summary of the cause made from its facts */
  causeSummary: (category: string, status: CauseStatus) => string;
  /** speaker roles (extraction names them in a closed set, in either language) */
  roles: Record<string, string>;
}

// the roles lib/extract/data/speech-cues.ts assigns, written in each site language
const ROLES_EN: Record<string, string> = {
  "porte-parole": "spokesperson", spokesperson: "spokesperson",
  "directeur de la communication": "communications director", "communications director": "communications director",
  PDG: "CEO", CEO: "CEO", CTO: "CTO", "vice-president": "vice-president", founder: "founder", owner: "owner",
  "official account": "official account", engineer: "engineer", expert: "expert", user: "user",
};
const ROLES_FR: Record<string, string> = {
  "porte-parole": "porte-parole", spokesperson: "porte-parole",
  "directeur de la communication": "directeur de la communication", "communications director": "directeur de la communication",
  PDG: "PDG", CEO: "PDG", CTO: "directeur technique", "vice-president": "vice-président", founder: "fondateur",
  owner: "propriétaire", "official account": "compte officiel", engineer: "ingénieur", expert: "expert", user: "utilisateur",
};

const en: StoryWording = {
  failed: (s, _n, date, time) => `${s} stopped working on ${date} at ${time} UTC`,
  failedOnDay: (s, _n, date) => `${s} stopped working on ${date}; no source gives the time of day`,
  failedUndated: (s) => `${s} stopped working; no source states when`,
  yourTime: "your time",
  lasted: (d, time, date) => `The outage lasted ${d}, until ${date ? `${date} at ` : ""}${time} UTC.`,
  endedAt: (time, date) => `Service came back on ${date} at ${time} UTC.`,
  stillGoing: "The outage is still going on.",
  cause: (c, status, op) => `Cause: ${c}, ${status === "confirmed" ? `confirmed by ${op ?? "the operator"}` : status === "reported" ? "reported by the press, not confirmed by the operator" : "a hypothesis nobody has confirmed"}.`,
  causeUnknown: "No source states the cause yet.",
  reports: (n) => `Up to ${n} problem reports were counted.`,
  users: (n) => `About ${n} users were affected.`,
  countries: (list) => `Reported in: ${list}.`,
  entry: {
    "first-reports": "First reports of problems", start: "Outage begins", acknowledgement: "The operator acknowledges the problem",
    "partial-recovery": "Partial recovery", recovery: "Service restored", postmortem: "Post-mortem published", update: "Status page update",
  },
  causeIdentified: (c) => `Cause identified: ${c}`,
  conflictKept: (kept, other) => `Kept because ${kept === 1 ? "1 source gives" : `${kept} sources give`} it, against ${other === 1 ? "1" : other} for the other value${other === 1 ? "" : "s"}.`,
  conflictKeptPrecise: (kept, other) => `Kept although ${kept === 1 ? "1 source gives" : `${kept} sources give`} it against ${other} for the other values: ${kept === 1 ? "it is" : "they are"} more precise or official.`,
  conflictRule: "Official statements and times given to the minute with their time zone count for more than approximate times.",
  inLanguage: { fr: "(in French)", en: "(in English)" },
  causeSummary: (c, status) => `${c} (${status === "confirmed" ? "confirmed by the operator" : status === "reported" ? "reported by the press" : "hypothesis"})`,
  roles: ROLES_EN,
};

const fr: StoryWording = {
  failed: (s, n, date, time) => `${s} ${n > 1 ? "ont" : "a"} cessé de fonctionner le ${date} à ${time} UTC`,
  failedOnDay: (s, n, date) => `${s} ${n > 1 ? "ont" : "a"} cessé de fonctionner le ${date} ; aucune source ne donne l'heure`,
  failedUndated: (s, n) => `${s} ${n > 1 ? "ont" : "a"} cessé de fonctionner ; aucune source ne dit quand`,
  yourTime: "chez vous",
  lasted: (d, time, date) => `La panne a duré ${d}, jusqu'${date ? `au ${date} à` : "à"} ${time} UTC.`,
  endedAt: (time, date) => `Le service est revenu le ${date} à ${time} UTC.`,
  stillGoing: "La panne est toujours en cours.",
  cause: (c, status, op) => `Cause : ${c}, ${status === "confirmed" ? (op ? `confirmée par ${op}` : "confirmée par l'opérateur") : status === "reported" ? "rapportée par la presse, sans confirmation de l'opérateur" : "une hypothèse que personne n'a confirmée"}.`,
  causeUnknown: "Aucune source n'indique encore la cause.",
  reports: (n) => `Jusqu'à ${n} signalements de problèmes ont été comptés.`,
  users: (n) => `Environ ${n} utilisateurs ont été touchés.`,
  countries: (list) => `Signalée dans ces pays : ${list}.`,
  entry: {
    "first-reports": "Premiers signalements de problèmes", start: "Début de la panne", acknowledgement: "L'opérateur reconnaît le problème",
    "partial-recovery": "Rétablissement partiel", recovery: "Service rétabli", postmortem: "Rapport d'incident publié", update: "Mise à jour de la page d'état",
  },
  causeIdentified: (c) => `Cause identifiée : ${c}`,
  conflictKept: (kept, other) => `Retenue parce que ${kept === 1 ? "1 source la donne" : `${kept} sources la donnent`}, contre ${other} pour ${other === 1 ? "l'autre valeur" : "les autres valeurs"}.`,
  conflictKeptPrecise: (kept, other) => `Retenue bien que ${kept === 1 ? "1 source la donne" : `${kept} sources la donnent`} contre ${other} pour les autres valeurs : ${kept === 1 ? "elle est plus précise ou officielle" : "elles sont plus précises ou officielles"}.`,
  conflictRule: "Les déclarations officielles et les heures données à la minute avec leur fuseau comptent plus que les heures approximatives.",
  inLanguage: { fr: "(en français)", en: "(en anglais)" },
  causeSummary: (c, status) => `${c} (${status === "confirmed" ? "confirmée par l'opérateur" : status === "reported" ? "rapportée par la presse" : "hypothèse"})`,
  roles: ROLES_FR,
};

export const STORY_WORDING: Record<Lang, StoryWording> = { en, fr };
