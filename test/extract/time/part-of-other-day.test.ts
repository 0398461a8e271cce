// A part of day belongs to the day or the bound it is written with: "mardi soir" is Tuesday's evening,
// not the hour of "mercredi vers 9 h" later in the sentence; "jusqu'en fin d'après-midi" / "until late
// afternoon" is where a range ends, not the half of the day its opening clock is in. Own phrasings,
// French and English, with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";

function clockAt(text: string, published: string, lang: "fr" | "en", phrase: string): string | undefined {
  const t = extractTimes(text, { publishedAt: new Date(published), sourceZone: null, lang }).find((x) => x.kind === "instant" && x.phrase.includes(phrase));
  return t && t.kind === "instant" ? t.utc : undefined;
}

test("a part of day glued to another day does not set a later clock's hour (fr)", () => {
  // published Thursday March 5, 2026: Wednesday at 9, not at 21
  assert.equal(clockAt("Le réseau est revenu pour une partie des abonnés lundi soir, puis pour tous mardi vers 8 h.", "2026-03-05T08:00:00Z", "fr", "8 h"), "2026-03-03T07:00:00Z");
  assert.equal(clockAt("Certains clients ont retrouvé l'accès dimanche après-midi, les autres lundi à 10 h 30.", "2026-03-03T08:00:00Z", "fr", "10 h 30"), "2026-03-02T09:30:00Z");
});

test("a part of day glued to another day does not set a later clock's hour (en)", () => {
  assert.equal(clockAt("Most users were back online Monday evening, and the rest on Tuesday at 8.", "2026-03-05T14:00:00Z", "en", "at 8"), "2026-03-03T13:00:00Z");
});

test("a part of day after 'jusqu'en' / 'until' is the range's end, not the opening clock's half of the day", () => {
  assert.equal(clockAt("Le site de réservation a été perturbé jeudi, de 10 h jusqu'en fin de soirée.", "2026-03-06T08:00:00Z", "fr", "10 h"), "2026-03-05T09:00:00Z");
  assert.equal(clockAt("Les paiements ont échoué de 9 h jusque dans l'après-midi.", "2026-03-06T18:00:00Z", "fr", "9 h"), "2026-03-06T08:00:00Z");
  assert.equal(clockAt("The booking site was down on Thursday from 10 until late evening.", "2026-03-06T14:00:00Z", "en", "10"), "2026-03-05T15:00:00Z");
});

test("negatives: a part of day of the clock's own day, or said beside it, still sets its hour", () => {
  assert.equal(clockAt("Le réseau est tombé mardi soir vers 9 h.", "2026-03-05T08:00:00Z", "fr", "9 h"), "2026-03-03T20:00:00Z");
  assert.equal(clockAt("Le réseau est tombé dans la soirée, vers 9 h, puis est revenu.", "2026-03-05T23:00:00Z", "fr", "9 h"), "2026-03-05T20:00:00Z");
  assert.equal(clockAt("The network went down Tuesday evening at 9 and came back later.", "2026-03-05T14:00:00Z", "en", "9"), "2026-03-04T02:00:00Z");
});
