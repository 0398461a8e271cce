// Bounds said with the definite article: "within the hour" / "dans l'heure" are the same bound as
// "within an hour" (at most an hour, read as the hour's length); "by the end of the day" / "d'ici la
// fin de la journée" / "avant la fin de la journée" are the day's end, read at the hour "fin de
// journée" is (PARTS_OF_DAY). Idioms are not times: "at the end of the day" (all things considered),
// "l'heure d'été". Own phrasings, French and English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";

const read = (text: string, published: string, lang: "fr" | "en") => extractTimes(text, { publishedAt: new Date(published), sourceZone: null, lang });
const lengths = (text: string, lang: "fr" | "en") => read(text, "2026-03-10T20:00:00Z", lang).flatMap((t) => (t.kind === "duration" ? [t.minutes] : []));
const instantOf = (text: string, published: string, lang: "fr" | "en", phrase: string) => {
  const t = read(text, published, lang).find((x) => x.kind === "instant" && x.phrase.includes(phrase));
  return t && t.kind === "instant" ? t.utc : undefined;
};

test("'within the hour' and 'dans l'heure' are an hour's bound, as 'within an hour' is", () => {
  assert.deepEqual(lengths("The bank's app went down at 9:40 a.m. and was working again within the hour.", "en"), [60]);
  assert.deepEqual(lengths("L'application de la banque est tombée vers 9 h 40 et fonctionnait de nouveau dans l'heure.", "fr"), [60]);
  assert.deepEqual(lengths("Le réseau a été rétabli dans l'heure qui a suivi.", "fr"), [60]);
});

test("'by the end of the day' and 'd'ici / avant la fin de la journée' are the day's end", () => {
  // Tuesday March 10, 2026, read at 18 h local: 22:00Z in New York (EDT), 17:00Z in Paris (CET)
  assert.equal(instantOf("Customers lost access on Tuesday morning; service was back by the end of the day.", "2026-03-11T02:00:00Z", "en", "end of the day"), "2026-03-10T22:00:00Z");
  assert.equal(instantOf("Le service a été rétabli avant la fin de la journée de mardi.", "2026-03-11T08:00:00Z", "fr", "fin de la journée"), "2026-03-10T17:00:00Z");
  assert.equal(instantOf("Les clients ont retrouvé l'accès d'ici la fin de la journée.", "2026-03-10T20:00:00Z", "fr", "fin de la journée"), "2026-03-10T17:00:00Z");
});

test("negatives: idioms on the same words are no time", () => {
  assert.equal(read("At the end of the day, the bank is responsible for its customers.", "2026-03-10T20:00:00Z", "en").length, 0);
  assert.deepEqual(lengths("Le passage dans l'heure d'été a perturbé certains réveils.", "fr"), []);
  assert.deepEqual(lengths("Users want answers within the hours that follow an outage, not days.", "en"), []);
});

test("a forecast's day end is that day's, ahead of publication, as a forecast's clock is", () => {
  const ahead = (text: string, published: string, lang: "fr" | "en") => read(text, published, lang).find((x) => x.kind === "instant" && x.granularity === "part-of-day");
  const en = ahead("The bank said service should be restored by the end of the day.", "2026-03-10T15:00:00Z", "en");
  assert.ok(en?.kind === "instant" && en.utc === "2026-03-10T22:00:00Z" && en.ahead, JSON.stringify(en));
  const fr = ahead("L'opérateur prévoit un retour à la normale d'ici la fin de la journée.", "2026-03-10T10:00:00Z", "fr");
  assert.ok(fr?.kind === "instant" && fr.utc === "2026-03-10T17:00:00Z" && fr.ahead, JSON.stringify(fr));
  // told after the day, in the past: no forecast
  const past = ahead("Le service a été rétabli avant la fin de la journée, a indiqué l'opérateur.", "2026-03-10T20:00:00Z", "fr");
  assert.ok(past?.kind === "instant" && !past.ahead, JSON.stringify(past));
});
