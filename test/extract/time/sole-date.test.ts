import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// A report published days later that names one calendar date only narrates that day: its clocks with
// no day of their own happened then, not on the publication day.
const CASES: TimeCase[] = [
  {
    id: "fr-sole-date", lang: "fr", publishedAt: "2025-04-09T08:00:00Z", sourceZone: null,
    text: "Une coupure de courant a touché le centre de données le 7 avril. Il était 14 h 20 quand les serveurs se sont arrêtés.",
    expect: { kind: "instant", utc: "2025-04-07T12:20:00Z" },
    never: [{ kind: "instant", utc: "2025-04-08T12:20:00Z" }, { kind: "instant", utc: "2025-04-09T12:20:00Z" }],
  },
  {
    id: "en-sole-date", lang: "en", publishedAt: "2025-04-09T18:00:00Z", sourceZone: null,
    text: "The storage service failed on April 7. Engineers restored it at 4:10 p.m. after a config rollback.",
    expect: { kind: "instant", utc: "2025-04-07T20:10:00Z" },
    never: [{ kind: "instant", utc: "2025-04-08T20:10:00Z" }],
  },
  // negatives: a second day named ("ce matin") leaves bare clocks on the publication day; a date
  // more than a month back is background
  {
    id: "fr-two-days", lang: "fr", publishedAt: "2025-04-09T16:00:00Z", sourceZone: null,
    text: "Après la panne du réseau, le 7 avril, une nouvelle coupure a eu lieu ce matin. Le service est revenu à 11 h 05.",
    expect: { kind: "instant", utc: "2025-04-09T09:05:00Z" },
    never: [{ kind: "instant", utc: "2025-04-07T09:05:00Z" }],
  },
  {
    id: "en-old-date", lang: "en", publishedAt: "2025-04-09T22:00:00Z", sourceZone: null,
    text: "The provider raised its prices on February 3.\n\nIts service failed this afternoon and came back at 4:10 p.m.",
    expect: { kind: "instant", utc: "2025-04-09T20:10:00Z" },
    never: [{ kind: "instant", utc: "2025-02-03T21:10:00Z" }],
  },
  {
    id: "en-old-date-bare", lang: "en", publishedAt: "2025-04-09T22:00:00Z", sourceZone: null,
    text: "The provider raised its prices on February 3.\n\nService came back at 4:10 p.m.",
    expect: { kind: "instant", utc: "2025-04-09T20:10:00Z" },
    never: [{ kind: "instant", utc: "2025-02-03T21:10:00Z" }],
  },
];

test("a follow-up naming one past date only: its bare clocks are on that date", () => {
  assertCasesPass(CASES);
});
