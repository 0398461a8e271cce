import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

const at = (utc: string) => ({ kind: "instant" as const, utc });

// "at 11 at night", "around 6 in the evening": an hour in digits whose half of the day is said in words,
// after a clock cue. Without the cue a number before a part of the day is no clock ("Top 10 in the evening").
const CASES: TimeCase[] = [
  {
    id: "en-digit-at-night", lang: "en", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "America/New_York",
    text: "The site went down at 10 at night on Wednesday.",
    expect: at("2024-06-13T02:00:00Z"),
  },
  {
    id: "en-digit-in-the-evening", lang: "en", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "America/New_York",
    text: "Customers could not log in from around 6 in the evening on Wednesday.",
    expect: at("2024-06-12T22:00:00Z"),
  },
  {
    id: "en-no-cue-no-clock", lang: "en", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "America/New_York",
    text: "The outage made the top 10 in the evening bulletins on Wednesday.",
    expect: { kind: "date", date: "2024-06-12" },
    never: [at("2024-06-12T14:00:00Z"), at("2024-06-13T02:00:00Z")],
  },
  // French writes the unit ("à 11 heures du soir"): the digit grammar's, unchanged
  {
    id: "fr-heures-du-soir", lang: "fr", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "Europe/Paris",
    text: "Le site est tombé mercredi à 11 heures du soir.",
    expect: at("2024-06-12T21:00:00Z"),
  },
];

test("an hour in digits with its half of the day in words after a clock cue is a clock (en; fr unchanged)", () => assertCasesPass(CASES));
