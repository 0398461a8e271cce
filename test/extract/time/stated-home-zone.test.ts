import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

const at = (utc: string) => ({ kind: "instant" as const, utc });

// An outlet of unknown place that writes one home-press zone after its clocks, at least twice, reads
// its other clocks in it: a UK outlet's "shortly after 09:50" is London's, a Québec outlet's "à 8 h"
// Eastern time.
const CASES: TimeCase[] = [
  {
    id: "en-bst-twice", lang: "en", publishedAt: "2024-06-12T15:00:00Z", sourceZone: null,
    text: "The bank's app failed at 11:05 BST. By 13:40 BST most payments worked.\n\nEngineers had first seen errors shortly after 09:50.",
    expect: at("2024-06-12T08:50:00Z"), never: [at("2024-06-12T13:50:00Z")],
  },
  {
    id: "fr-hae-twice", lang: "fr", publishedAt: "2024-06-12T20:00:00Z", sourceZone: null,
    text: "La panne a commencé vers 7 h HAE. Le service est revenu à 11 h 30 HAE.\n\nUn premier avis avait été publié à 8 h.",
    expect: at("2024-06-12T12:00:00Z"), never: [at("2024-06-12T06:00:00Z")],
  },
  // negatives: the zone written once, two zones, a zone that is no home press region, a known outlet zone
  {
    id: "en-bst-once", lang: "en", publishedAt: "2024-06-12T15:00:00Z", sourceZone: null,
    text: "The bank's app failed at 11:05 BST.\n\nEngineers had first seen errors shortly after 9:50.",
    expect: at("2024-06-12T13:50:00Z"), never: [at("2024-06-12T08:50:00Z")],
  },
  {
    id: "en-two-zones", lang: "en", publishedAt: "2024-06-12T20:00:00Z", sourceZone: null,
    text: "Users in London lost access at 11:05 BST and at 11:00 BST; in Mumbai the app failed at 15:00 IST.\n\nErrors were first seen at 9:50.",
    expect: at("2024-06-12T13:50:00Z"),
  },
  {
    id: "en-pt-twice", lang: "en", publishedAt: "2024-06-12T23:00:00Z", sourceZone: null,
    text: "Errors began at 9 a.m. PT and were fixed at 11 a.m. PT.\n\nA second wave hit at 1 p.m.",
    expect: at("2024-06-12T17:00:00Z"), never: [at("2024-06-12T20:00:00Z")],
  },
  {
    id: "en-known-outlet-zone", lang: "en", publishedAt: "2024-06-12T15:00:00Z", sourceZone: "America/New_York",
    text: "The bank's app failed at 11:05 BST. By 13:40 BST most payments worked.\n\nEngineers had first seen errors shortly after 9:50.",
    expect: at("2024-06-12T13:50:00Z"), never: [at("2024-06-12T08:50:00Z")],
  },
];

test("an outlet of unknown place that writes one home-press zone twice reads its other clocks in it (en/fr)", () => assertCasesPass(CASES));
