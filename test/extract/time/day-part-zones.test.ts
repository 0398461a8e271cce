import assert from "node:assert/strict";
import { test } from "node:test";
import { dayPartZones } from "../../../lib/extract/time/day-part-zones";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import { foldText } from "../../../lib/text/fold-text";

const zones = (text: string, lang: "fr" | "en") => dayPartZones(text, foldText(text), lang);
const bare = (text: string, lang: "fr" | "en") =>
  extractTimes(text, { publishedAt: new Date("2025-03-11T20:00:00Z"), sourceZone: null, lang }).map((t) => (t.kind === "duration" ? null : t.zone));

test("a day or a part of it written with its zone names that zone (fr, en)", () => {
  assert.deepEqual(zones("La messagerie a lâché jeudi soir, heure de Paris.", "fr"), ["Europe/Paris"]);
  assert.deepEqual(zones("Le portail est resté muet lundi matin (heure de l'Est).", "fr"), ["America/Toronto"]);
  assert.deepEqual(zones("The app failed on Monday evening UK time.", "en"), ["Europe/London"]);
  assert.deepEqual(zones("It went dark this afternoon (GMT).", "en"), ["UTC"]);
  // negatives: a place is where, not a clock; "du matin" follows a clock, whose own zone is read with it
  assert.deepEqual(zones("La panne a touché les abonnés lundi à Montréal.", "fr"), []);
  assert.deepEqual(zones("Le site est tombé vers 7 h du matin, heure du Pacifique.", "fr"), []);
  assert.deepEqual(zones("The outage hit on Tuesday, and Eastern customers were worst off.", "en"), []);
});

test("an outlet of unknown place that dates its day in a zone reads its bare clocks there (fr, en)", () => {
  assert.deepEqual(bare("Les caisses ont flanché mardi matin, heure de l'Est. De 8 h 05 à 9 h 50, aucun paiement ne passait.", "fr"), ["America/Toronto"]);
  assert.deepEqual(bare("Checkout failed on Tuesday afternoon UK time. Payments stopped at 2:15 p.m. and resumed at 3:40 p.m.", "en"), ["Europe/London", "Europe/London"]);
  // negative: no zone with the day, the language's default stands
  assert.deepEqual(bare("Les caisses ont flanché mardi matin. De 8 h 05 à 9 h 50, aucun paiement ne passait.", "fr"), ["Europe/Paris"]);
});
