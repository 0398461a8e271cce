// A clock a forecast names ("the company expects service to be restored by 5 p.m.", "l'opérateur
// prévoit un retour à la normale vers 18 h") is a moment to come when it is later than publication:
// read on the publication day and marked ahead, never taken for the day before's recovery.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import type { TimeExpression } from "../../../lib/domain/types";

const read = (text: string, lang: "fr" | "en", publishedAt: string) =>
  extractTimes(text, { publishedAt: new Date(publishedAt), sourceZone: null, lang })
    .flatMap((t: TimeExpression) => (t.kind === "instant" ? [`${t.utc}${t.ahead ? " ahead" : ""}`] : []));

test("a forecast's clock after publication is that day's, ahead (en, fr)", () => {
  assert.deepEqual(read("The carrier expects service to be restored by 5 p.m.", "en", "2025-06-10T14:00:00Z"), ["2025-06-10T21:00:00Z ahead"]);
  assert.deepEqual(read("Engineers said the app should be back at 9:30 p.m.", "en", "2025-06-10T14:00:00Z"), ["2025-06-11T01:30:00Z ahead"]);
  assert.deepEqual(read("L'opérateur prévoit un retour à la normale vers 18 h.", "fr", "2025-06-10T08:00:00Z"), ["2025-06-10T16:00:00Z ahead"]);
  assert.deepEqual(read("Le site devrait être de nouveau accessible à 20 h 30.", "fr", "2025-06-10T08:00:00Z"), ["2025-06-10T18:30:00Z ahead"]);
  // "we'll": the contraction of "will" is as much a forecast
  assert.deepEqual(read("We'll have the store back up by 5 p.m., a spokesperson said.", "en", "2025-06-10T14:00:00Z"), ["2025-06-10T21:00:00Z ahead"]);
  // a forecast anchored on today ("ce matin" earlier in the paragraph) is ahead too
  assert.deepEqual(read("Le réseau est coupé depuis 7 h ce matin. L'opérateur prévoit un retour vers 18 h.", "fr", "2025-06-10T08:00:00Z"),
    ["2025-06-10T05:00:00Z", "2025-06-10T16:00:00Z ahead"]);
});

test("a clock told as past, or a forecast's clock already past at publication, is no forecast", () => {
  // negatives: no future word (yesterday's 5 p.m.); the forecast hour already past (kept, not ahead)
  assert.deepEqual(read("The carrier restored service at 5 p.m.", "en", "2025-06-10T14:00:00Z"), ["2025-06-09T21:00:00Z"]);
  assert.deepEqual(read("The carrier expected service back by 9 a.m.", "en", "2025-06-10T14:00:00Z"), ["2025-06-10T13:00:00Z"]);
  assert.deepEqual(read("Le réseau a été rétabli vers 18 h.", "fr", "2025-06-10T08:00:00Z"), ["2025-06-09T16:00:00Z"]);
  // "compte" is mostly the noun (an account), no intention: the evening before a midnight publication
  assert.deepEqual(read("Le compte officiel du jeu a confirmé la panne à 20h15.", "fr", "2025-06-12T22:00:00Z"), ["2025-06-12T18:15:00Z"]);
});
