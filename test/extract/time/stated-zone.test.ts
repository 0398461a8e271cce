import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

const at = (utc: string) => ({ kind: "instant" as const, utc });

// A text of unknown place that writes one zone after its clocks, and no other, reads its bare clocks
// in it: a UK outlet's "shortly after 09:50" is London's, a postmortem's bare "15:41" UTC, a Québec
// outlet's "à 8 h" Eastern time; once is enough.
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
  {
    id: "en-bst-once", lang: "en", publishedAt: "2024-06-12T15:00:00Z", sourceZone: null,
    text: "The bank's app failed at 11:05 BST.\n\nEngineers had first seen errors shortly after 9:50.",
    expect: at("2024-06-12T08:50:00Z"), never: [at("2024-06-12T13:50:00Z")],
  },
  {
    // the zone written once, after a range: the report's other clocks are UTC too
    id: "en-utc-range", lang: "en", publishedAt: "2024-06-12T20:00:00Z", sourceZone: null,
    text: "Between 14:05 and 15:50 UTC, requests to the storage API failed.\n\nThe first alert fired at 14:02 and the rollback finished at 15:41.",
    expect: at("2024-06-12T15:41:00Z"), never: [at("2024-06-12T19:41:00Z")],
  },
  {
    id: "en-cest-once", lang: "en", publishedAt: "2024-06-12T15:00:00Z", sourceZone: null,
    text: "Customers of the Zurich bank could not log in from about 8:20 CEST.\n\nThe bank said access was back by 10:05 a.m.",
    expect: at("2024-06-12T08:05:00Z"), never: [at("2024-06-12T14:05:00Z")],
  },
  {
    id: "fr-gmt-once", lang: "fr", publishedAt: "2024-06-12T20:00:00Z", sourceZone: null,
    text: "Les abonnés ont perdu le réseau vers 14 h 30 GMT.\n\nLe service est revenu à 17 h, selon l'opérateur.",
    expect: at("2024-06-12T17:00:00Z"), never: [at("2024-06-12T15:00:00Z")],
  },
  // negatives: two zones, a US zone in English, a company's clock in French, a known outlet zone
  {
    id: "en-two-zones", lang: "en", publishedAt: "2024-06-12T20:00:00Z", sourceZone: null,
    text: "Users in London lost access at 11:05 BST and at 11:00 BST; in Mumbai the app failed at 15:00 IST.\n\nErrors were first seen at 9:50.",
    expect: at("2024-06-12T13:50:00Z"),
  },
  {
    id: "en-utc-and-bst", lang: "en", publishedAt: "2024-06-12T20:00:00Z", sourceZone: null,
    text: "The app failed at 10:05 UTC (11:05 BST).\n\nErrors were first seen at 9:50.",
    expect: at("2024-06-12T13:50:00Z"),
  },
  {
    id: "en-pt-twice", lang: "en", publishedAt: "2024-06-12T23:00:00Z", sourceZone: null,
    text: "Errors began at 9 a.m. PT and were fixed at 11 a.m. PT.\n\nA second wave hit at 1 p.m.",
    expect: at("2024-06-12T17:00:00Z"), never: [at("2024-06-12T20:00:00Z")],
  },
  {
    id: "en-pt-once", lang: "en", publishedAt: "2024-06-12T23:00:00Z", sourceZone: null,
    text: "Errors began at 9 a.m. PT.\n\nA second wave hit at 1 p.m.",
    expect: at("2024-06-12T17:00:00Z"), never: [at("2024-06-12T20:00:00Z")],
  },
  {
    id: "fr-new-york-once", lang: "fr", publishedAt: "2024-06-12T20:00:00Z", sourceZone: null,
    text: "La panne a commencé à 9 h, heure de New York.\n\nÀ 18 h, le service était rétabli.",
    expect: at("2024-06-12T16:00:00Z"), never: [at("2024-06-12T22:00:00Z")],
  },
  {
    id: "en-known-outlet-zone", lang: "en", publishedAt: "2024-06-12T15:00:00Z", sourceZone: "America/New_York",
    text: "The bank's app failed at 11:05 BST. By 13:40 BST most payments worked.\n\nEngineers had first seen errors shortly after 9:50.",
    expect: at("2024-06-12T13:50:00Z"), never: [at("2024-06-12T08:50:00Z")],
  },
];

test("a text of unknown place that writes one zone reads its other clocks in it (en/fr)", () => assertCasesPass(CASES));
