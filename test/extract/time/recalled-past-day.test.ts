import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// A clock of a later paragraph with no day of its own, after midday of a stamp known only to its date,
// is of the past day the text last named, a weekday or "yesterday" as much as a calendar date: a
// dispatch of Wednesday telling of "Tuesday evening" and then "from 9.30 pm" means Tuesday's 9.30 pm.
// A day named before that is the publication day itself, a clock the publication day can hold, or a
// timed stamp (its later clocks are the day before's) changes nothing.
const CASES: TimeCase[] = [
  {
    id: "fr-dispatch-weekday-evening", lang: "fr", publishedAt: "2025-09-17T00:00:00Z", sourceZone: "Europe/Brussels",
    text: "Bruxelles, 17 septembre 2025 — Les clients de l'opérateur ont été privés de réseau mardi soir dans plusieurs provinces.\n\nLes coupures ont débuté vers 21 h 30 et le service est revenu peu avant minuit, a indiqué l'entreprise.",
    expect: { kind: "instant", utc: "2025-09-16T19:30:00Z" },
    never: [{ kind: "instant", utc: "2025-09-17T19:30:00Z" }],
  },
  {
    id: "en-yesterday-then-clock", lang: "en", publishedAt: "2025-09-17T12:00:00Z", sourceZone: "America/New_York",
    text: "Customers of the bank could not log in yesterday, the company said.\n\nThe problems began at about 6:45 p.m. and lasted into the night.",
    expect: { kind: "instant", utc: "2025-09-16T22:45:00Z" },
    never: [{ kind: "instant", utc: "2025-09-17T22:45:00Z" }],
  },
  // negatives: the day named is the publication day; the clock is one the publication day holds; a
  // timed stamp, where a later clock is the day before's, not that of a background day named last
  {
    id: "en-timed-stamp-background-day", lang: "en", publishedAt: "2025-09-20T18:00:00Z", sourceZone: "America/New_York",
    text: "The app stopped loading on Friday evening. A power fault had hit one of its data centers on Wednesday morning.\n\nComplaints peaked shortly after 7 p.m., according to outage trackers.",
    expect: { kind: "instant", utc: "2025-09-19T23:00:00Z" },
    never: [{ kind: "instant", utc: "2025-09-17T23:00:00Z" }],
  },
  {
    id: "fr-named-day-is-publication-day", lang: "fr", publishedAt: "2025-09-17T00:00:00Z", sourceZone: "Europe/Paris",
    text: "Ce mercredi, la messagerie a cessé de fonctionner pour de nombreux abonnés.\n\nLe service client a reconnu le problème à 21 h 10.",
    expect: { kind: "instant", utc: "2025-09-17T19:10:00Z" },
    never: [{ kind: "instant", utc: "2025-09-16T19:10:00Z" }],
  },
  {
    id: "fr-clock-before-stamp-stays", lang: "fr", publishedAt: "2025-09-17T18:00:00Z", sourceZone: "Europe/Paris",
    text: "Hier déjà, le site avait connu des lenteurs.\n\nLa panne a commencé vers 9 h, selon les signalements.",
    expect: { kind: "instant", utc: "2025-09-17T07:00:00Z" },
    never: [{ kind: "instant", utc: "2025-09-16T07:00:00Z" }],
  },
];

test("a clock the publication day cannot hold is of the past day the text last named", () => {
  assertCasesPass(CASES);
});
