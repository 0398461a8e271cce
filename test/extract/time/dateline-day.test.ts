import { test } from "node:test";
import { assertCasesPass, instantAt, timeCase, type TimeCase } from "./time-case-helpers";

// A wire dateline's date is the dispatch's filing day, not a day of the events: a clock of the lead
// with no day of its own is the latest one past by publication (the evening before), not the filing day's.
const CASES: TimeCase[] = [
  timeCase("fr-afp-dateline", "fr", "2026-01-21T06:00:00Z", null,
    "PARIS, 21 jan 2026 (AFP) - Le réseau de l'opérateur est tombé en panne vers 23 h, privant des milliers d'abonnés d'internet.",
    instantAt("2026-01-20T22:00:00Z"), [instantAt("2026-01-21T22:00:00Z")]),
  timeCase("en-reuters-dateline", "en", "2026-03-04T07:00:00Z", "Europe/London",
    "LONDON, March 4 (Reuters) - The bank's app went down at about 11 p.m., leaving customers unable to pay.",
    instantAt("2026-03-03T23:00:00Z"), [instantAt("2026-03-04T23:00:00Z")]),
  // negatives: a date the narrative states is the events' day, in French and English
  timeCase("fr-narrated-date", "fr", "2026-01-23T06:00:00Z", null,
    "Le 21 janvier 2026, le réseau de l'opérateur est tombé en panne vers 23 h, privant des milliers d'abonnés d'internet.",
    instantAt("2026-01-21T22:00:00Z")),
  timeCase("en-narrated-date", "en", "2026-03-06T07:00:00Z", "Europe/London",
    "On March 4, the bank's app went down at about 11 p.m., leaving customers unable to pay.",
    instantAt("2026-03-04T23:00:00Z")),
];

test("a wire dateline's date dates none of the events (fr, en)", () => assertCasesPass(CASES));
