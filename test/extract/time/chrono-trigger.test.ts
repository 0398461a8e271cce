// chrono is asked only about stretches around a trigger; French "dans" triggers only before a number,
// the one shape chrono's French reads after it ("dans 3 jours", "dans une heure", "dans quelques
// minutes"), since bare "dans" ("dans la ville") stands in most French sentences.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CHRONO_TRIGGER_RE } from "../../../lib/extract/time/data/chrono-cues";
import { extractTimes } from "../../../lib/extract/time/extract-times";

const triggers = (folded: string) => [...folded.matchAll(CHRONO_TRIGGER_RE)].map((m) => m[0]);

test("'dans' is a trigger before a number, not alone (fr)", () => {
  assert.deepEqual(triggers("les clients dans la region ne pouvaient plus payer"), []);
  assert.equal(triggers("le service reviendra dans 3 jours").length > 0, true);
  assert.equal(triggers("retour prevu dans une heure").length > 0, true);
  assert.equal(triggers("retour prevu dans quelques jours").length > 0, true);
});

test("chrono's readings after 'dans' are still read, ahead of publication (fr)", () => {
  const ahead = (text: string) =>
    extractTimes(text, { publishedAt: new Date("2025-11-18T17:00:00Z"), sourceZone: "Europe/Paris", lang: "fr" }).flatMap((t) => (t.kind === "instant" && t.ahead ? [t.utc] : []));
  assert.deepEqual(ahead("Le service devrait revenir dans deux heures."), ["2025-11-18T19:00:00Z"]);
  assert.deepEqual(ahead("Le retour est prévu dans quelques jours."), ["2025-11-21T11:00:00Z"]);
});

test("'this' is a trigger before a part of the day, a unit or a number, not before other words (en)", () => {
  assert.deepEqual(triggers("this outage affected many customers"), []);
  assert.equal(triggers("the app failed this morning").length > 0, true);
  assert.equal(triggers("the second outage this week").length > 0, true);
  const instants = (text: string) =>
    extractTimes(text, { publishedAt: new Date("2025-11-18T17:00:00Z"), sourceZone: "America/New_York", lang: "en" }).flatMap((t) => (t.kind === "instant" ? [t.utc] : []));
  assert.equal(instants("The app went down this morning.").length, 1);
});
