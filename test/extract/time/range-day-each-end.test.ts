// A range whose two clocks each have their day written beside them ("between 10:30 p.m. Monday and
// 2:15 a.m. Tuesday GMT", "de 23 h lundi à 2 h mardi"): the day after the first clock does not break the
// range, each end is read on its own day, and a zone after the end is the start's too.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";

// Wednesday 19 November 2025, 11:00 in Paris, 05:00 in New York
const PUB = new Date("2025-11-19T10:00:00Z");
const read = (text: string, lang: "fr" | "en", zone: string | null) =>
  extractTimes(text, { publishedAt: PUB, sourceZone: zone, lang }).map((t) => (t.kind === "range" ? [t.start, t.end] : t.kind === "instant" ? [t.utc] : [t.kind]));

test("each end of a range takes the day written beside it, and the zone after the end (en)", () => {
  assert.deepEqual(read("Logins failed between 10:30 p.m. Monday and 2:15 a.m. Tuesday GMT.", "en", "America/New_York"), [["2025-11-17T22:30:00Z", "2025-11-18T02:15:00Z"]]);
  assert.deepEqual(read("Checkout was broken between 11 p.m. on Monday and 1 a.m. on Tuesday (UTC).", "en", null), [["2025-11-17T23:00:00Z", "2025-11-18T01:00:00Z"]]);
});

test("each end of a range takes the day written beside it (fr)", () => {
  assert.deepEqual(read("Les paiements ont échoué entre 22 h 15 lundi et 1 h 40 mardi.", "fr", "Europe/Paris"), [["2025-11-17T21:15:00Z", "2025-11-18T00:40:00Z"]]);
});

test("two clocks on two days joined by more than a range word stay two instants (en)", () => {
  assert.deepEqual(read("The app failed at 9 a.m. Monday and at 5 p.m. Tuesday.", "en", "America/New_York"), [["2025-11-17T14:00:00Z"], ["2025-11-18T22:00:00Z"]]);
  assert.deepEqual(read("Service failed at 10 p.m. Monday and came back at 2 a.m. Tuesday.", "en", "America/New_York"), [["2025-11-18T03:00:00Z"], ["2025-11-18T07:00:00Z"]]);
  // a day counted from publication beside the first clock: a window that may be to come, left as readings
  assert.ok(!read("Customers can send money for free from midnight tonight to midnight tomorrow.", "en", "Africa/Nairobi").some((t) => t.length === 2));
});
