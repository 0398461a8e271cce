import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// A zone written after the clock's own day ("9:46 a.m. on February 24, Coordinated Universal Time";
// "à 9 h 46 le 24 février, heure de Paris"), and universal time named in full.
const CASES: TimeCase[] = [
  {
    id: "en-zone-after-date", lang: "en", publishedAt: "2025-03-10T12:00:00Z", sourceZone: null,
    text: "The first cable went dark at around 7:12 a.m. on March 4, Coordinated Universal Time, and a second one minutes later.",
    expect: { kind: "instant", utc: "2025-03-04T07:12:00Z" },
    never: [{ kind: "instant", utc: "2025-03-04T12:12:00Z" }],
  },
  {
    id: "en-zone-after-weekday", lang: "en", publishedAt: "2025-03-10T12:00:00Z", sourceZone: null,
    text: "Traffic collapsed at 3:05 p.m. on Friday, Pacific time.",
    expect: { kind: "instant", utc: "2025-03-07T23:05:00Z" },
    never: [{ kind: "instant", utc: "2025-03-07T20:05:00Z" }],
  },
  {
    id: "fr-zone-after-date", lang: "fr", publishedAt: "2025-03-10T12:00:00Z", sourceZone: null,
    text: "Le câble a cessé de fonctionner à 7 h 12 le 4 mars, temps universel, selon l'opérateur.",
    expect: { kind: "instant", utc: "2025-03-04T07:12:00Z" },
    never: [{ kind: "instant", utc: "2025-03-04T06:12:00Z" }],
  },
  // negative: a zone after a day that is not the clock's own (another clause) is not taken
  {
    id: "en-zone-later-clause", lang: "en", publishedAt: "2025-03-10T12:00:00Z", sourceZone: null,
    text: "Service returned at 3:05 p.m. on Friday and the company's statement, posted in London, followed.",
    expect: { kind: "instant", utc: "2025-03-07T20:05:00Z" },
  },
];

test("a zone written after the clock's day, and universal time in full", () => {
  assertCasesPass(CASES);
});
