// A day or part of day named after a clock, past a clause break, tells that later clause's moment and
// does not date the clock (in-later-clause.ts); one named before the clock, or beside it, still does.
// Own phrasings, French and English, with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";

function clockAt(text: string, published: string, lang: "fr" | "en", phrase: string): string | undefined {
  const t = extractTimes(text, { publishedAt: new Date(published), sourceZone: null, lang }).find((x) => x.kind === "instant" && x.phrase.includes(phrase));
  return t && t.kind === "instant" ? t.utc : undefined;
}

test("a part of day in a later clause does not turn a morning clock into an evening one (fr)", () => {
  assert.equal(clockAt("Le service est totalement rétabli depuis mercredi vers 8 h, après la panne qui avait commencé mardi soir.", "2025-03-13T10:00:00Z", "fr", "8 h"), "2025-03-12T07:00:00Z");
  assert.equal(clockAt("La panne a débuté vers 9 h, mais ce n'est que dans la soirée que l'opérateur a réagi.", "2025-03-13T22:00:00Z", "fr", "9 h"), "2025-03-13T08:00:00Z");
});

test("a weekday in a later clause does not date the clock before it (en)", () => {
  // published on a Wednesday: the clock is that day's, not the previous Thursday's
  assert.equal(clockAt("Service was restored at 2 p.m. ET, but a backlog of orders could take until Thursday to clear.", "2025-03-12T22:00:00Z", "en", "2 p.m. ET"), "2025-03-12T18:00:00Z");
});

test("negatives: a day or part named before the clock, or beside it, still dates it", () => {
  // an earlier clause's day carries forward
  assert.equal(clockAt("Mardi, le service est tombé vers 14 h, mais il est revenu vers 16 h.", "2025-03-13T08:00:00Z", "fr", "16 h"), "2025-03-11T15:00:00Z");
  // a day and part after the clock with only a comma between: the same clause
  assert.equal(clockAt("Les abonnés ont perdu le réseau vers 21 h, dimanche soir, avant un retour progressif.", "2025-03-17T08:00:00Z", "fr", "21 h"), "2025-03-16T20:00:00Z");
  assert.equal(clockAt("The app went down on Tuesday at 8:40 p.m., but came back an hour later.", "2025-03-13T12:00:00Z", "en", "8:40"), "2025-03-12T00:40:00Z");
});
