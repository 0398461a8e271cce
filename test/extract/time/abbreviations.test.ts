import assert from "node:assert/strict";
import { test } from "node:test";
import { ABBREVIATION_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("zone abbreviations and stated offsets: PT, IST, UTC+2, GMT+1, AEST, CT, CET, CEST, ET, PST", () => {
  assertCasesPass(ABBREVIATION_CASES);
});

test("a zone's written offset ('UTC+01:00', 'GMT-05:00') is no second clock", async () => {
  const { extractTimes } = await import("../../../lib/extract/time/extract-times");
  const fr = extractTimes("Vers 13h00 UTC+01:00 mardi, le réseau est tombé.", { publishedAt: new Date("2025-10-15T20:00:00Z"), sourceZone: null, lang: "fr" });
  assert.deepEqual(fr.map((t) => (t.kind === "instant" ? t.utc : t.kind)), ["2025-10-14T12:00:00Z"]);
  const en = extractTimes("Service failed at 9:30 GMT-05:00 on Tuesday.", { publishedAt: new Date("2025-10-15T20:00:00Z"), sourceZone: null, lang: "en" });
  assert.deepEqual(en.map((t) => (t.kind === "instant" ? t.utc : t.kind)), ["2025-10-14T14:30:00Z"]);
});
