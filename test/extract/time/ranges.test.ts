import { test } from "node:test";
import { RANGE_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("ranges: de 16h à 18h30, from 11 a.m. to 2 p.m. PT, across midnight, with a zone after the end", () => {
  assertCasesPass(RANGE_CASES);
});

test("a range with no day still running at publication is the night before's (fr, en); one over by then stays", () => {
  assertCasesPass([
    { id: "rg-night-fr", lang: "fr", publishedAt: "2025-06-10T21:59:00Z", sourceZone: null, text: "Le réseau a été coupé de 23 h à 3 h.",
      expect: { kind: "range", start: "2025-06-09T21:00:00Z", end: "2025-06-10T01:00:00Z" } },
    { id: "rg-night-en", lang: "en", publishedAt: "2025-06-10T22:30:00Z", sourceZone: "Europe/London", text: "Cards were declined between 22:00 and 02:30.",
      expect: { kind: "range", start: "2025-06-09T21:00:00Z", end: "2025-06-10T01:30:00Z" } },
    // negative: written the next morning, the night that just ended
    { id: "rg-over", lang: "fr", publishedAt: "2025-06-11T06:00:00Z", sourceZone: null, text: "Le réseau a été coupé de 23 h à 3 h.",
      expect: { kind: "range", start: "2025-06-10T21:00:00Z", end: "2025-06-11T01:00:00Z" } },
  ]);
});
