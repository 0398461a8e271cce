import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";

// "early Friday morning", "late Monday night", "tôt vendredi matin", "tard mardi soir": the modifier
// before the day shapes the part glued after it (early morning ~06:00, late evening ~22:30).
// Friday 7 March 2025, noon in New York / evening in Paris.
const EN = { publishedAt: new Date("2025-03-07T17:00:00Z"), sourceZone: null, lang: "en" as const };
const FR = { publishedAt: new Date("2025-03-07T19:00:00Z"), sourceZone: null, lang: "fr" as const };
const at = (text: string, ctx: typeof EN | typeof FR) =>
  extractTimes(text, ctx).flatMap((r) => (r.kind === "instant" && r.granularity === "part-of-day" ? [r.utc] : []));

test("a modifier before the day: early / late / tôt / tard", () => {
  assert.deepEqual(at("The bank's app went down early Friday morning.", EN), ["2025-03-07T11:00:00Z"]); // 06:00 EST
  assert.deepEqual(at("Service was back late Thursday evening.", EN), ["2025-03-07T03:30:00Z"]); // 22:30 EST
  assert.deepEqual(at("Le réseau est tombé tôt vendredi matin.", FR), ["2025-03-07T05:00:00Z"]); // 06:00 CET
  assert.deepEqual(at("Le service est revenu tard jeudi soir.", FR), ["2025-03-06T21:30:00Z"]); // 22:30 CET
});

test("negatives: no modifier, or a modifier that is not right before the day", () => {
  assert.deepEqual(at("The bank's app went down Friday morning.", EN), ["2025-03-07T14:00:00Z"]); // 09:00
  assert.deepEqual(at("It was too early to say. Friday morning the app went down.", EN), ["2025-03-07T14:00:00Z"]);
});
