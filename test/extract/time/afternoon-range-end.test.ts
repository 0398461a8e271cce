import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// "from 8:18 a.m. to 2:37": who writes the start's half of the day counts in twelve hours, so an end
// with none that is earlier than the morning start is that afternoon, not the next night.
const CASES: TimeCase[] = [
  {
    id: "en-am-to-bare", lang: "en", publishedAt: "2025-10-02T23:00:00Z", sourceZone: null,
    text: "The mail service was down from 8:18AM – 2:37 on Thursday.",
    expect: { kind: "range", start: "2025-10-02T12:18:00Z", end: "2025-10-02T18:37:00Z" },
    never: [{ kind: "range", start: "2025-10-02T12:18:00Z", end: "2025-10-03T06:37:00Z" }],
  },
  {
    id: "en-am-to-bare-words", lang: "en", publishedAt: "2025-10-02T23:00:00Z", sourceZone: null,
    text: "Payments failed from 10 a.m. to 1:30, the bank said.",
    expect: { kind: "range", start: "2025-10-02T14:00:00Z", end: "2025-10-02T17:30:00Z" },
    never: [{ kind: "range", start: "2025-10-02T14:00:00Z", end: "2025-10-03T05:30:00Z" }],
  },
  // negatives: a 24-hour French range runs overnight; an evening start keeps the next day's end
  {
    id: "fr-24h-overnight", lang: "fr", publishedAt: "2025-10-03T09:00:00Z", sourceZone: null,
    text: "Le service a été interrompu de 22 h 10 à 2 h 37.",
    expect: { kind: "range", start: "2025-10-02T20:10:00Z", end: "2025-10-03T00:37:00Z" },
  },
  {
    id: "en-pm-to-bare", lang: "en", publishedAt: "2025-10-03T15:00:00Z", sourceZone: null,
    text: "The outage lasted from 11 p.m. to 2:15, the company said.",
    expect: { kind: "range", start: "2025-10-03T03:00:00Z", end: "2025-10-03T06:15:00Z" },
  },
];

test("a range with a morning start and a bare earlier end ends that afternoon", () => {
  assertCasesPass(CASES);
});

// Published in the morning of the day itself: the afternoon end is after publication, but the range
// does not run past midnight, so it stays on that day (it had been moved whole to the day before).
const SAME_DAY_CASES: TimeCase[] = [
  {
    id: "en-am-to-bare-published-morning", lang: "en", publishedAt: "2025-10-02T12:00:00Z", sourceZone: null,
    text: "On 10/02/25 the mail service was down from 8:05AM – 2:40, the status page says.",
    expect: { kind: "range", start: "2025-10-02T12:05:00Z", end: "2025-10-02T18:40:00Z" },
    never: [{ kind: "range", start: "2025-10-01T12:05:00Z", end: "2025-10-01T18:40:00Z" }],
  },
  {
    id: "en-am-to-bare-published-at-nine", lang: "en", publishedAt: "2025-10-02T13:00:00Z", sourceZone: null,
    text: "Checkout was down from 7:30AM – 1:10, the provider said.",
    expect: { kind: "range", start: "2025-10-02T11:30:00Z", end: "2025-10-02T17:10:00Z" },
    never: [{ kind: "range", start: "2025-10-01T11:30:00Z", end: "2025-10-01T17:10:00Z" }],
  },
  // French writes 24-hour clocks: the grammar reads the same range on its day
  {
    id: "fr-matin-a-nu-publie-le-matin", lang: "fr", publishedAt: "2025-10-02T14:00:00Z", sourceZone: "America/Toronto",
    text: "Le réseau était coupé de 9 h 15 du matin à 3 h 40, selon l'opérateur.",
    expect: { kind: "range", start: "2025-10-02T13:15:00Z", end: "2025-10-02T19:40:00Z" },
  },
];

test("a morning-to-afternoon range written that morning stays on its day", () => {
  assertCasesPass(SAME_DAY_CASES);
});
