// French says "tôt le matin", "tard le soir" where English says "early in the morning", "late in the
// evening": the article stands where "in" does, and the part is the time of an event as the English is.
// "plus tôt le matin" compares (any time earlier that morning) and a bare "le matin" may be a habit.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";

// Tuesday 14 October 2025, 18:00 in Paris (UTC+2)
const PUB = new Date("2025-10-14T16:00:00Z");
const instants = (text: string) =>
  extractTimes(text, { publishedAt: PUB, sourceZone: "Europe/Paris", lang: "fr" }).flatMap((t) => (t.kind === "instant" ? [t.utc] : []));

test("'tôt le matin' and 'très tôt le matin' are the early morning, as 'tôt dans la matinée' is (fr)", () => {
  assert.deepEqual(instants("Tôt le matin, les premiers abonnés ont signalé la coupure."), ["2025-10-14T04:00:00Z"]);
  assert.deepEqual(instants("Les distributeurs ont cessé de fonctionner très tôt le matin."), ["2025-10-14T04:00:00Z"]);
});

test("'tard le soir' is the late evening, as 'tard dans la soirée' is (fr)", () => {
  // written at 18:00, the latest late evening is the eve's
  assert.deepEqual(instants("Le réseau mobile a flanché tard le soir."), ["2025-10-13T20:30:00Z"]);
});

test("a comparison or a bare part stays unread (fr)", () => {
  assert.deepEqual(instants("Le site était revenu plus tôt le matin."), []);
  assert.deepEqual(instants("Le trafic est plus dense le matin."), []);
});
