import { test } from "node:test";
import { assertCasesPass, dateOn, instantAt, rangeOf, timeCase, type TimeCase } from "./time-case-helpers";

// A retrospective sets its day once ("On December 7, 2021, …", "Le 8 juin 2021, …") and then tells it
// in bare clocks and yearless days, paragraphs later: those are that day's and that year's, not the
// publication's, until another day is stated. Live reports, update stamps, a date named as a
// comparison or a forecast keep the publication day.
const POSITIVES: TimeCase[] = [
  timeCase("en-lead-date-then-clock", "en", "2022-02-10T20:00:00Z", null,
    "On December 7, 2021, a network device in the provider's main region began to misbehave.\n\nAt 7:30 AM PST, an automated task to scale capacity set off a surge of connections.",
    instantAt("2021-12-07T15:30:00Z"), [instantAt("2022-02-10T15:30:00Z")]),
  timeCase("fr-lead-date-then-clock", "fr", "2021-08-20T15:00:00Z", null,
    "Le 8 juin 2021, le réseau de diffusion de contenus a connu une panne mondiale.\n\nVers 11 h 40, un client a modifié un réglage valide de son compte.",
    instantAt("2021-06-08T09:40:00Z"), [instantAt("2021-08-20T09:40:00Z")]),
  timeCase("en-two-paragraphs-later", "en", "2024-04-20T12:00:00Z", null,
    "Retrospective: what went wrong on March 3, 2024.\n\nThe storage layer had been upgraded the week before.\n\nErrors climbed from 9:10 a.m. to 11:45 a.m. ET while engineers rolled back.",
    rangeOf("2024-03-03T14:10:00Z", "2024-03-03T16:45:00Z"), [instantAt("2024-04-20T13:10:00Z")]),
  timeCase("fr-memory-then-clock", "fr", "2023-05-02T22:00:00Z", null,
    "Le 14 mars 2023 restera un mauvais souvenir pour les joueurs.\n\nÀ 21 h 05, les serveurs de jeu ont cessé de répondre.",
    instantAt("2023-03-14T20:05:00Z"), [instantAt("2023-05-02T19:05:00Z")]),
  timeCase("fr-new-date-takes-over", "fr", "2023-05-02T08:00:00Z", null,
    "Le 14 mars 2023, les serveurs de jeu ont cessé de répondre.\n\nLe 15 mars 2023, l'éditeur a publié son analyse.\n\nÀ 10 h, le correctif était déployé.",
    instantAt("2023-03-15T09:00:00Z"), [instantAt("2023-03-14T09:00:00Z"), instantAt("2023-05-02T08:00:00Z")]),
  timeCase("en-yearless-day-after-full-date", "en", "2022-08-01T12:00:00Z", null,
    "On June 8th, 2021, the content network suffered a global outage.\n\nThe company published its review on June 10th.",
    dateOn("2021-06-10"), [dateOn("2022-06-10")]),
  timeCase("fr-yearless-day-after-full-date", "fr", "2022-11-15T12:00:00Z", null,
    "Le 4 octobre 2021, le réseau social est resté inaccessible six heures.\n\nLe 5 octobre, l'entreprise a publié une explication technique.",
    dateOn("2021-10-05"), [dateOn("2022-10-05")]),
  timeCase("en-yearless-day-across-new-year", "en", "2024-02-10T12:00:00Z", null,
    "On December 31, 2022, the messaging app went dark for users in Europe.\n\nFull service returned on January 2.",
    dateOn("2023-01-02"), [dateOn("2024-01-02")]),
];

const NEGATIVES: TimeCase[] = [
  timeCase("fr-live-comparison", "fr", "2026-12-05T14:00:00Z", null,
    "Comme lors de la panne du 18 novembre 2025, les utilisateurs ne peuvent plus se connecter.\n\nVers 11 h 40, le service est revenu.",
    instantAt("2026-12-05T10:40:00Z"), [instantAt("2025-11-18T10:40:00Z")]),
  timeCase("en-live-like-outage", "en", "2026-12-05T22:00:00Z", null,
    "Like the outage of November 18, 2025, this one hit logins first.\n\nService came back at 4:10 p.m.",
    instantAt("2026-12-05T21:10:00Z"), [instantAt("2025-11-18T21:10:00Z")]),
  timeCase("en-update-stamp", "en", "2021-12-09T20:00:00Z", null,
    "On December 7, 2021, the cloud region failed for hours.\n\nUpdate 14:05: the console is loading again.",
    instantAt("2021-12-09T19:05:00Z"), [instantAt("2021-12-07T19:05:00Z")]),
  timeCase("fr-this-morning", "fr", "2026-12-05T14:00:00Z", null,
    "Le 2 mars 2024, la messagerie avait déjà cessé de fonctionner.\n\nCe matin à 9 h, de nouveaux signalements sont apparus.",
    instantAt("2026-12-05T08:00:00Z"), [instantAt("2024-03-02T08:00:00Z")]),
  timeCase("fr-forecast", "fr", "2026-12-05T14:00:00Z", null,
    "Le 12 décembre, une maintenance coupera le service de paiement.\n\nÀ 9 h 30, les clients ont signalé des paiements refusés.",
    instantAt("2026-12-05T08:30:00Z"), [instantAt("2025-12-12T08:30:00Z")]),
  timeCase("en-today-stated-after", "en", "2026-12-05T22:00:00Z", null,
    "On March 2, 2024, the messaging app had already failed.\n\nToday it failed again.\n\nService came back at 4:10 p.m.",
    instantAt("2026-12-05T21:10:00Z"), [instantAt("2024-03-02T21:10:00Z")]),
  timeCase("fr-yearless-comparison", "fr", "2026-12-05T14:00:00Z", null,
    "Comme lors de la panne du 18 novembre 2025, la connexion échoue.\n\nLe 3 décembre, un premier incident avait été signalé.",
    dateOn("2026-12-03"), [dateOn("2025-12-03")]),
  timeCase("en-yearless-forecast", "en", "2026-06-05T14:00:00Z", null,
    "On June 1, 2026, the bank's app failed.\n\nThe bank will switch to its new servers on June 20.",
    dateOn("2026-06-20"), [dateOn("2025-06-20")]),
  // a weekday that belies the stated year: the year is a slip, the report is of its publication day
  timeCase("en-year-slip", "en", "2023-02-02T18:00:00Z", null,
    "On Thursday, February 2, 2022, the mail service stopped delivering messages.\n\nThe company acknowledged the problem at around 9:15 a.m. ET.",
    instantAt("2023-02-02T14:15:00Z"), [instantAt("2022-02-02T14:15:00Z")]),
  timeCase("fr-year-slip", "fr", "2023-03-08T16:00:00Z", null,
    "Le mercredi 8 mars 2022, la messagerie a cessé de fonctionner.\n\nVers 9 h 30, les premiers signalements sont apparus.\n\nLe 9 mars, tout était rentré dans l'ordre.",
    instantAt("2023-03-08T08:30:00Z"), [instantAt("2022-03-08T08:30:00Z")]),
];

test("a narrative's stated past day carries to its later bare clocks and yearless days", () => {
  assertCasesPass(POSITIVES);
});

test("live reports, update stamps, comparisons and forecasts keep the publication day", () => {
  assertCasesPass(NEGATIVES);
});
