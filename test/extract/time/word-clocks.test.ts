import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import { WORD_CLOCK_CASES, WORD_LENGTH_CASES } from "./word-clock-cases";
import { assertCasesPass } from "./time-case-helpers";

test("clocks in words: à deux heures du matin, vers onze heures, huit heures moins le quart, at two in the morning, half past four", () => {
  assertCasesPass(WORD_CLOCK_CASES);
});

test("hours in words with no clock cue, or after a length cue, stay lengths ('pendant deux heures', 'for two hours in the morning')", () => {
  const publishedAt = new Date("2024-06-10T18:00:00+02:00");
  for (const { lang, text, minutes } of WORD_LENGTH_CASES) {
    const rs = extractTimes(text, { publishedAt, sourceZone: null, lang });
    const clocks = rs.filter((r) => r.kind === "instant" && (r.granularity === "hour" || r.granularity === "minute"));
    assert.deepEqual(clocks, [], text);
    assert.ok(rs.some((r) => r.kind === "duration" && r.minutes === minutes), `${text} -> ${JSON.stringify(rs)}`);
  }
});

test("a number word with a half of the day but no cue before it is no clock ('the one in the morning')", () => {
  const rs = extractTimes("The one in the morning was the worst.", { publishedAt: new Date("2024-06-10T18:00:00-04:00"), sourceZone: null, lang: "en" });
  assert.ok(!rs.some((r) => r.kind === "instant" && r.granularity === "hour"), JSON.stringify(rs));
});

test("'il y a deux heures' stays counted back from publication, not read as two o'clock", () => {
  const rs = extractTimes("Il y a deux heures, le réseau est tombé.", { publishedAt: new Date("2024-06-10T18:00:00+02:00"), sourceZone: null, lang: "fr" });
  const utcs = rs.flatMap((r) => (r.kind === "instant" ? [r.utc] : []));
  assert.ok(utcs.includes("2024-06-10T14:00:00Z") && !utcs.includes("2024-06-10T00:00:00Z"), JSON.stringify(rs));
});
