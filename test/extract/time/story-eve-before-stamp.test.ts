import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// A daytime clock just before a timed stamp, after the text last named the day before, is that day's
// when the sentence naming it tells the failure itself; one naming the day of another matter, or of
// an earlier episode ("déjà", "already"), leaves the clock on the publication day. Our own phrasings.
const CASES: TimeCase[] = [
  {
    id: "fr-eve-failure-before-stamp", lang: "fr", publishedAt: "2026-03-11T08:30:00Z", sourceZone: "Europe/Paris",
    text: "Les usagers de la mutuelle n'ont pas pu accéder à leur espace en ligne la veille, jour de clôture des dossiers.\n\nLe site est devenu inaccessible à 9 h 05 et n'est revenu qu'en fin de matinée.",
    expect: { kind: "instant", utc: "2026-03-10T08:05:00Z" },
    never: [{ kind: "instant", utc: "2026-03-11T08:05:00Z" }],
  },
  {
    id: "en-eve-failure-before-stamp", lang: "en", publishedAt: "2026-03-11T14:00:00Z", sourceZone: "America/New_York",
    text: "The ticketing app went dark yesterday as fans queued for the final.\n\nThe first errors appeared at 8:20 a.m., the company said.",
    expect: { kind: "instant", utc: "2026-03-10T12:20:00Z" },
    never: [{ kind: "instant", utc: "2026-03-11T12:20:00Z" }],
  },
  // negatives: the day before named for an earlier episode, or for another matter
  {
    id: "en-eve-already-background", lang: "en", publishedAt: "2026-03-11T14:00:00Z", sourceZone: "America/New_York",
    text: "The ticketing app had already slowed down yesterday.\n\nThe outage began around 8:20 a.m., the company said.",
    expect: { kind: "instant", utc: "2026-03-11T12:20:00Z" },
    never: [{ kind: "instant", utc: "2026-03-10T12:20:00Z" }],
  },
  {
    id: "fr-eve-other-matter", lang: "fr", publishedAt: "2026-03-11T12:00:00Z", sourceZone: "Europe/Paris",
    text: "La mutuelle a présenté hier ses résultats annuels.\n\nSon site est tombé en panne vers 9 h, selon les signalements.",
    expect: { kind: "instant", utc: "2026-03-11T08:00:00Z" },
    never: [{ kind: "instant", utc: "2026-03-10T08:00:00Z" }],
  },
];

test("a clock just before the stamp is of the day before the text named, when that sentence tells the failure", () => {
  assertCasesPass(CASES);
});
