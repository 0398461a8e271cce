// A name the text introduces as a game's or an app's maker ("studio X", "l'éditeur X") is marked a
// maker when said to fail, so the incident is named after the product (lib/timeline/rank-services.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { introducedAsMaker } from "../../lib/extract/introduced-as-maker";
import { makeTextView } from "../../lib/extract/text-view";

const reads = (t: string, x: string, lang: "fr" | "en", name: string) => introducedAsMaker(makeTextView(t, x, lang), name);

test("a maker noun right before the name marks a maker (fr, en)", () => {
  assert.equal(reads("Aldermoor's space shooter knocked offline", "The Lisbon studio Aldermoor said its login servers were flooded on Sunday.", "en", "Aldermoor"), true);
  assert.equal(reads("Panne du jeu", "L'éditeur lyonnais Pixelbois a reconnu une panne de ses serveurs de connexion.", "fr", "Pixelbois"), true);
  assert.equal(reads("Outage at publisher", "Players blamed publisher Kestrelsoft for the long queues.", "en", "Kestrelsoft"), true);
});

test("a name introduced otherwise, or the maker noun after it, is no maker", () => {
  assert.equal(reads("Zorvex Quest down", "Zorvex Quest players could not log in on Friday.", "en", "Zorvex Quest"), false);
  assert.equal(reads("Panne chez Pixelbois Studio", "Pixelbois Studio a vu ses serveurs tomber.", "fr", "Pixelbois Studio"), false);
  assert.equal(reads("Bank app down", "The bank Corvala said its app was unavailable.", "en", "Corvala"), false);
});
