import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

const near = (utc: string, tol = 60) => ({ kind: "instant" as const, utc, tol });

// "early Tuesday" / "tôt mardi" is that day's small hours, not the whole day read at noon; a part of
// the day said after the day still decides.
const CASES: TimeCase[] = [
  {
    id: "en-early-weekday", lang: "en", publishedAt: "2024-06-13T20:00:00Z", sourceZone: "America/New_York",
    text: "The bank's app stopped working early Tuesday, customers said.",
    expect: near("2024-06-11T10:00:00Z"), never: [near("2024-06-11T16:00:00Z", 20)],
  },
  {
    id: "fr-tot-jour", lang: "fr", publishedAt: "2024-06-13T20:00:00Z", sourceZone: "America/Toronto",
    text: "Le réseau cellulaire est tombé tôt mardi dans plusieurs régions.",
    expect: near("2024-06-11T10:00:00Z"), never: [near("2024-06-11T16:00:00Z", 20)],
  },
  // negatives: "late Tuesday" stays the day (UK outlets say it of a US afternoon); the part said
  // after the day keeps its own hours; a clock keeps its own
  {
    id: "en-late-weekday-day", lang: "en", publishedAt: "2024-06-13T20:00:00Z", sourceZone: "America/New_York",
    text: "Access came back late on Tuesday for most users.",
    expect: { kind: "date", date: "2024-06-11" }, never: [near("2024-06-12T02:30:00Z")],
  },
  {
    id: "fr-tard-jour-jour", lang: "fr", publishedAt: "2024-06-13T20:00:00Z", sourceZone: "Europe/Paris",
    text: "Le service est revenu tard mardi, selon l'opérateur.",
    expect: { kind: "date", date: "2024-06-11" }, never: [near("2024-06-11T20:30:00Z")],
  },
  {
    id: "en-late-weekday-night", lang: "en", publishedAt: "2024-06-13T20:00:00Z", sourceZone: "America/New_York",
    text: "Late Monday night the site failed.",
    expect: near("2024-06-11T03:30:00Z", 20),
  },
  {
    id: "en-early-weekday-clock", lang: "en", publishedAt: "2024-06-13T20:00:00Z", sourceZone: "America/New_York",
    text: "Services went down early Tuesday around 3 a.m.",
    expect: near("2024-06-11T07:00:00Z", 5),
  },
];

test("'early Tuesday' / 'tôt mardi' is the day's small hours; 'late Tuesday' stays the day", () => assertCasesPass(CASES));
