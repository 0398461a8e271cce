import { test } from "node:test";
import { assertCasesPass, instantAt, timeCase, type TimeCase } from "./time-case-helpers";

// A clock with no day that would fall just after a timed stamp on the publication day, in a text that
// last named the day before, is that day's: the stamp's slack is for a live page updated after
// it, and a story of a day already over tells no update. (2026-03-10 is a Tuesday.)
const CASES: TimeCase[] = [
  timeCase("en-next-morning-utc", "en", "2026-03-11T08:20:00Z", null,
    "When Zorvex's registry went down for five hours on Tuesday, builds broke everywhere.\n\nThe episode, which began shortly after 09:00 UTC and ended around 14:30 UTC, reopened a debate.",
    instantAt("2026-03-10T09:00:00Z", 5), [instantAt("2026-03-11T09:00:00Z", 5)]),
  timeCase("en-ist-follow-up", "en", "2026-03-11T06:30:00Z", null,
    "The Acme Pay outage that hit shoppers on Tuesday lasted about three hours.\n\nTransactions began failing at 12:55pm IST, the company said.",
    instantAt("2026-03-10T07:25:00Z", 5), [instantAt("2026-03-11T07:25:00Z", 5)]),
  timeCase("fr-lendemain-matin", "fr", "2026-03-11T09:00:00Z", null,
    "La panne qui a touché Banque Lumière mardi a duré quatre heures.\n\nLes virements ont commencé à échouer à 10 h 40, selon la banque.",
    instantAt("2026-03-10T09:40:00Z", 5), [instantAt("2026-03-11T09:40:00Z", 5)]),
  timeCase("fr-hier", "fr", "2026-03-11T10:00:00Z", null,
    "Zorvex a été inaccessible hier pendant une bonne partie de la journée.\n\nLe site est tombé vers 11 h 15, d'après les utilisateurs.",
    instantAt("2026-03-10T10:15:00Z", 5), [instantAt("2026-03-11T10:15:00Z", 5)]),
  // negatives: a live story names no earlier day, so a clock just past its stamp stays on its day
  timeCase("fr-live-no-earlier-day", "fr", "2026-03-11T10:00:00Z", null,
    "Zorvex est en panne depuis ce matin.\n\nLe site est tombé vers 11 h 15, d'après les utilisateurs.",
    instantAt("2026-03-11T10:15:00Z", 5), [instantAt("2026-03-10T10:15:00Z", 5)]),
  timeCase("en-live-no-earlier-day", "en", "2026-03-11T13:00:00Z", null,
    "Acme's app has been down since early this morning.\n\nService came back at 9:45 a.m., the company said.",
    instantAt("2026-03-11T13:45:00Z", 5), [instantAt("2026-03-10T13:45:00Z", 5)]),
];

test("a clock just past a timed stamp is of the day before when the text last named it (en, fr)", () => assertCasesPass(CASES));
