import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// An outlet that gives only a date (published "2025-05-13", midnight UTC) may have written at any
// hour of that day: an evening clock with no day is that evening, not the eve. A publication with
// its hour still pushes a clock later than itself to the day before.
const CASES: TimeCase[] = [
  {
    id: "fr-date-only-evening", lang: "fr", publishedAt: "2025-05-13T00:00:00Z", sourceZone: null,
    text: "La messagerie est tombée en panne ce soir. Le service client a reconnu le problème à 21 h 10.",
    expect: { kind: "instant", utc: "2025-05-13T19:10:00Z" },
    never: [{ kind: "instant", utc: "2025-05-12T19:10:00Z" }],
  },
  {
    id: "fr-date-only-late", lang: "fr", publishedAt: "2025-05-13T00:00:00Z", sourceZone: null,
    text: "Tout est rentré dans l'ordre vers 23h40, selon l'opérateur.",
    expect: { kind: "instant", utc: "2025-05-13T21:40:00Z" },
    never: [{ kind: "instant", utc: "2025-05-12T21:40:00Z" }],
  },
  {
    id: "en-date-only-evening", lang: "en", publishedAt: "2025-05-13T00:00:00Z", sourceZone: null,
    text: "The payments app stopped working this evening; the company said at 8:15 p.m. that a fix was rolling out.",
    expect: { kind: "instant", utc: "2025-05-14T00:15:00Z" },
    never: [{ kind: "instant", utc: "2025-05-13T00:15:00Z" }],
  },
  // negatives: with its hour, an article published at 09:00 Paris reads "à 21 h 10" as the evening before
  {
    id: "fr-timed-publication-eve", lang: "fr", publishedAt: "2025-05-13T07:00:00Z", sourceZone: null,
    text: "Le service client a reconnu le problème à 21 h 10.",
    expect: { kind: "instant", utc: "2025-05-12T19:10:00Z" },
    never: [{ kind: "instant", utc: "2025-05-13T19:10:00Z" }],
  },
  {
    id: "en-timed-publication-eve", lang: "en", publishedAt: "2025-05-13T13:00:00Z", sourceZone: null,
    text: "The company said at 8:15 p.m. that a fix was rolling out.",
    expect: { kind: "instant", utc: "2025-05-13T00:15:00Z" },
    never: [{ kind: "instant", utc: "2025-05-14T00:15:00Z" }],
  },
];

test("a date-only publication: a clock with no day is read on that day, even late in the evening", () => {
  assertCasesPass(CASES);
});
