// Round seven's own phrasings (test/extract/time/stamp-zone-range-cases.ts), and the rules four of
// them needed: an edge word before a day said with its part ("early this morning", "tôt ce matin")
// is that part's edge, while "earlier" / "plus tôt" only compare; "the small hours" are the early
// hours; a "p.m." written once after a range's end is its start's too when that keeps them in order.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import { assertCasesPass } from "./time-case-helpers";
import { EDGE_CASES, SEASON_ZONE_CASES, SECOND_LOOK_CASES, SHARED_RANGE_CASES, STAMP_CASES, THIRD_LOOK_CASES } from "./stamp-zone-range-cases";

test("status-page stamps in other layouts (relative, ISO with milliseconds, US numeric, offsets)", () => assertCasesPass(STAMP_CASES));
test("zones by season and in words (PST in summer, CET/CEST, AEDT, IST, heure de Paris / du Québec)", () => assertCasesPass(SEASON_ZONE_CASES));
test("ranges whose ends share one half of the day, one zone or one day", () => assertCasesPass(SHARED_RANGE_CASES));
test("vague edges, clocks told with their day, lengths", () => assertCasesPass(EDGE_CASES));
test("a third look: French regional and status-page wordings", () => assertCasesPass(THIRD_LOOK_CASES));
test("a second look: zones in words of other places, wire clocks, short units, small hours, 'about' in a range", () => assertCasesPass(SECOND_LOOK_CASES));

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

test("'the small hours' are the early hours; 'small' before other words is no part of the day (en)", () => {
  const EN = ["2025-12-06T20:00:00Z", "Europe/London"] as const; // Saturday
  assert.deepEqual(parts("en", "The network failed in the small hours of Saturday.", ...EN), ["2025-12-06T03:00:00Z"]);
  assert.deepEqual(parts("en", "The network failed in the early hours of Saturday.", ...EN), ["2025-12-06T03:00:00Z"]);
  assert.deepEqual(parts("en", "Small businesses lost hours of sales on Saturday.", ...EN), []);
});

test("a 'p.m.' written once after a range's end is the start's too when that keeps the start first (en)", () => {
  const ranges = (text: string) =>
    extractTimes(text, { publishedAt: new Date("2025-12-05T23:00:00Z"), sourceZone: "America/New_York", lang: "en" }).flatMap((t) => (t.kind === "range" ? [`${t.start} ${t.end}`] : []));
  assert.deepEqual(ranges("Errors ran from around 1:40 to 3:05 p.m."), ["2025-12-05T18:40:00Z 2025-12-05T20:05:00Z"]);
  assert.deepEqual(ranges("Checkout failed from roughly 2:15 until 4:50 p.m."), ["2025-12-05T19:15:00Z 2025-12-05T21:50:00Z"]);
  // negatives: a start that the afternoon would put after the end stays in the morning; an a.m. end changes nothing
  assert.deepEqual(ranges("Errors ran from about 11:30 to 1:15 p.m."), ["2025-12-05T16:30:00Z 2025-12-05T18:15:00Z"]);
  assert.deepEqual(ranges("Errors ran from about 8:10 to 9:40 a.m."), ["2025-12-05T13:10:00Z 2025-12-05T14:40:00Z"]);
});
