// Round seven's own phrasings (test/extract/time/stamp-zone-range-cases.ts), and the rule two of
// them needed: an edge word before a day said with its part ("early this morning", "tôt ce matin")
// is that part's edge, while "earlier" / "plus tôt" only compare.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import { assertCasesPass } from "./time-case-helpers";
import { EDGE_CASES, SEASON_ZONE_CASES, SHARED_RANGE_CASES, STAMP_CASES } from "./stamp-zone-range-cases";

test("status-page stamps in other layouts (relative, ISO with milliseconds, US numeric, offsets)", () => assertCasesPass(STAMP_CASES));
test("zones by season and in words (PST in summer, CET/CEST, AEDT, IST, heure de Paris / du Québec)", () => assertCasesPass(SEASON_ZONE_CASES));
test("ranges whose ends share one half of the day, one zone or one day", () => assertCasesPass(SHARED_RANGE_CASES));
test("vague edges, clocks told with their day, lengths", () => assertCasesPass(EDGE_CASES));

const parts = (lang: "fr" | "en", text: string, pub: string, zone: string) =>
  extractTimes(text, { publishedAt: new Date(pub), sourceZone: zone, lang }).flatMap((t) => (t.kind === "instant" && t.granularity === "part-of-day" ? [t.utc] : []));

test("an edge word before 'this morning' / 'ce matin' / 'last night' is the part's edge (en, fr)", () => {
  const EN = ["2025-12-05T22:00:00Z", "America/New_York"] as const; // Friday 17:00 in New York
  const FR = ["2025-12-05T21:00:00Z", "Europe/Paris"] as const; // Friday 22:00 in Paris
  assert.deepEqual(parts("en", "Customers have been locked out since early this morning.", ...EN), ["2025-12-05T11:00:00Z"]);
  assert.deepEqual(parts("en", "The bank said the fault was fixed late this afternoon.", ...EN), ["2025-12-05T22:30:00Z"]);
  assert.deepEqual(parts("en", "Trains stopped late last night.", ...EN), ["2025-12-05T04:30:00Z"]);
  assert.deepEqual(parts("fr", "Les abonnés n'ont plus de réseau depuis tôt ce matin.", ...FR), ["2025-12-05T05:00:00Z"]);
  assert.deepEqual(parts("fr", "Le site est retombé tard ce soir.", ...FR), ["2025-12-05T21:30:00Z"]);
  // negatives: "earlier" and "plus tôt" compare with now, the part keeps its usual hour
  assert.deepEqual(parts("en", "The company said earlier this morning that it was investigating.", ...EN), ["2025-12-05T14:00:00Z"]);
  assert.deepEqual(parts("fr", "L'opérateur a indiqué plus tôt ce matin qu'il enquêtait.", ...FR), ["2025-12-05T08:00:00Z"]);
  assert.deepEqual(parts("en", "The outage began this morning.", ...EN), ["2025-12-05T14:00:00Z"]);
});
