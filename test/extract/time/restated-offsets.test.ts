import { test } from "node:test";
import { assertCasesPass, instantAt, timeCase, type TimeCase } from "./time-case-helpers";

// A bare clock restated in brackets in a written zone ("vers 15 h (13 h GMT)") gives the offset of
// the text's bare clocks; the restatement's zone frames neither the text nor its paragraph.
const CASES: TimeCase[] = [
  timeCase("fr-paris-gmt-pair", "fr", "2026-06-10T20:00:00Z", null,
    "La panne a commencé vers 15 h (13 h GMT) et le service est revenu vers 17 h 30.",
    instantAt("2026-06-10T15:30:00Z", 5), [instantAt("2026-06-10T17:30:00Z", 5)]),
  timeCase("en-lagos-gmt-pair", "en", "2026-01-20T20:00:00Z", null,
    "The network failed at 10 a.m. (0900 GMT) and came back at 1 p.m., the operator said.",
    instantAt("2026-01-20T12:00:00Z", 5), [instantAt("2026-01-20T13:00:00Z", 5), instantAt("2026-01-20T18:00:00Z", 5)]),
  timeCase("fr-dakar-gmt-pair", "fr", "2026-06-10T20:00:00Z", null,
    "Le réseau est tombé vers 10 h (10 h GMT).\n\nLe service est revenu à 14 h, selon l'opérateur.",
    instantAt("2026-06-10T14:00:00Z", 5), [instantAt("2026-06-10T12:00:00Z", 5)]),
  // negative: pairs that disagree give no offset, the language's zone stands
  timeCase("fr-pairs-disagree", "fr", "2026-06-10T20:00:00Z", null,
    "La panne a commencé vers 9 h (6 h GMT), puis une autre vers 12 h (10 h GMT).\n\nLe service est revenu à 17 h.",
    instantAt("2026-06-10T15:00:00Z", 5)),
];

test("a bare clock restated in GMT gives the offset of the text's bare clocks (fr, en)", () => assertCasesPass(CASES));
