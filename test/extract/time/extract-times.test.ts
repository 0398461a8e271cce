import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import { ALL_OWN_CASES } from "./own-cases";
import { runCase } from "./time-case-helpers";

const paris = { publishedAt: new Date("2024-05-15T18:00:00+02:00"), sourceZone: "Europe/Paris", lang: "fr" as const };

test("every phrase sits at its index in the text, and results are sorted by index", () => {
  for (const c of ALL_OWN_CASES) {
    const rs = runCase(c);
    for (const r of rs) assert.equal(c.text.slice(r.index, r.index + r.phrase.length), r.phrase, c.id);
    assert.deepEqual(rs.map((r) => r.index), [...rs.map((r) => r.index)].sort((a, b) => a - b), c.id);
  }
});

test("no zone stated: the outlet's zone, else Europe/Paris (fr) / America/New_York (en), never explicit", () => {
  const text = "Le site est tombé vers 16 h.";
  const [tunis] = extractTimes(text, { ...paris, sourceZone: "Africa/Tunis" });
  assert.ok(tunis.kind === "instant" && tunis.zone === "Africa/Tunis" && tunis.zoneExplicit === false && tunis.utc === "2024-05-15T15:00:00Z");
  const [fr] = extractTimes(text, { ...paris, sourceZone: null });
  assert.ok(fr.kind === "instant" && fr.zone === "Europe/Paris" && fr.utc === "2024-05-15T14:00:00Z");
  const evening = { publishedAt: new Date("2024-05-15T23:00:00Z"), sourceZone: null, lang: "en" as const };
  const [en] = extractTimes("The site went down at 4 p.m.", evening);
  assert.ok(en.kind === "instant" && en.zone === "America/New_York" && en.utc === "2024-05-15T20:00:00Z");
  const [bad] = extractTimes(text, { ...paris, sourceZone: "Mars/Olympus" });
  assert.ok(bad.kind === "instant" && bad.zone === "Europe/Paris");
});

test("a stated zone is explicit and named by its IANA id", () => {
  const [r] = extractTimes("Vers 16h (heure marocaine), tout s'est arrêté.", paris);
  assert.ok(r.kind === "instant");
  assert.equal(r.zone, "Africa/Casablanca");
  assert.equal(r.zoneExplicit, true);
  assert.equal(r.phrase, "16h (heure marocaine)");
});

test("granularity: hour, minute, part of day, day", () => {
  const rs = extractTimes("Samedi, la panne.\nHier matin, le retour.\nVers 16h, puis à 18h30.", paris);
  assert.deepEqual(rs.map((r) => (r.kind === "instant" ? r.granularity : r.kind)), ["day", "part-of-day", "hour", "minute"]);
});

test("durations carry an approximate flag; '2 h 30' after 'pendant' is no clock time", () => {
  const rs = extractTimes("La panne a duré environ une heure, puis 78 minutes. Coupé pendant 2 h 30.", paris);
  assert.deepEqual(rs.map((r) => (r.kind === "duration" ? [r.minutes, r.approximate] : r.kind)), [[60, true], [78, false], [150, false]]);
});

test("a day named in an earlier sentence of the paragraph governs a clock time without one", () => {
  const rs = extractTimes("Lundi, la panne a commencé. Vers 18 h, plus rien ne passait.\nVers 9 h, tout allait bien.", paris);
  const [monday, nine] = rs.filter((r) => r.kind === "instant" && r.granularity !== "day");
  assert.ok(monday.kind === "instant" && monday.localDate === "2024-05-13");
  assert.ok(nine.kind === "instant" && nine.localDate === "2024-05-15");
});

test("a clock with no day that would fall well after publication is read on the day before", () => {
  const [r] = extractTimes("Le site est tombé vers 22 heures.", { ...paris, publishedAt: new Date("2024-05-15T07:00:00+02:00") });
  assert.ok(r.kind === "instant" && r.utc === "2024-05-14T20:00:00Z");
});

test("empty text gives nothing; an invalid publication date is a clear error", () => {
  assert.deepEqual(extractTimes("", paris), []);
  assert.deepEqual(extractTimes("Aucune heure ici, seulement 3 millions d'utilisateurs.", paris), []);
  assert.throws(() => extractTimes("vers 16h", { ...paris, publishedAt: new Date("nope") }), /publishedAt/);
});

test("words that look like times are left alone: 24h/24, version numbers, 'may' as a verb", () => {
  const rs = extractTimes("The service may 2 be back. Support 24h/24 and 7j/7, version 2.16.", { ...paris, lang: "en" });
  assert.deepEqual(rs, []);
});

test("a stated zone carries to later clocks of the same paragraph, not past it nor over 'heure locale'", () => {
  const text = "Vers 16 h (heure marocaine), tout s'arrête. Retour vers 18 h 30. Puis 19 h, heure locale.\nÀ 20 h, rien.";
  const rs = extractTimes(text, paris).filter((r) => r.kind === "instant");
  assert.deepEqual(rs.map((r) => (r.kind === "instant" ? r.zone : "")), ["Africa/Casablanca", "Africa/Casablanca", "Europe/Paris", "Europe/Paris"]);
});

test("a date-only publication (midnight UTC) is that day in every zone", () => {
  const rs = extractTimes("Users were logged out this morning.", { publishedAt: new Date("2024-03-05"), sourceZone: "America/Los_Angeles", lang: "en" });
  assert.ok(rs[0].kind === "instant" && rs[0].localDate === "2024-03-05");
});

test("a weekday that contradicts a fresh date's number wins (a slip in the report)", () => {
  const rs = extractTimes("Panne générale, mercredi 12 décembre, sur les messageries.", { ...paris, publishedAt: new Date("2024-12-11T23:40:00Z") });
  assert.ok(rs[0].kind === "instant" && rs[0].localDate === "2024-12-11");
});

test("'week-end' is no week, '4 heures de retard' no clock time", () => {
  const rs = extractTimes("Après un week-end noir, 4 heures de retard.", paris);
  assert.deepEqual(rs.map((r) => (r.kind === "duration" ? r.minutes : r.kind)), [240]);
});
