// A part of the day said with no day of its own ("dans la soirée", "late in the afternoon") is read on
// the day a clock time with no day would take, at the part's usual hour, as a part-of-day instant.
// Parts that belong to a named day, to a clock time, to a habit or to another day keep their readings.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import type { TimeExpression } from "../../../lib/domain/types";

// Wednesday 15 May 2024, late in the evening in Paris and in New York.
const FR = { publishedAt: new Date("2024-05-15T21:30:00Z"), sourceZone: null, lang: "fr" as const };
const EN = { publishedAt: new Date("2024-05-16T02:30:00Z"), sourceZone: null, lang: "en" as const };

const instants = (rs: TimeExpression[]) => rs.flatMap((r) => (r.kind === "instant" ? [`${r.utc} ${r.granularity} ${r.phrase}`] : []));

const ALONE: { text: string; ctx: typeof FR | typeof EN; utc: string; phrase: string }[] = [
  { ctx: FR, text: "En fin d'après-midi, le site répondait de nouveau normalement.", utc: "2024-05-15T15:30:00Z", phrase: "En fin d'après-midi" },
  { ctx: FR, text: "Les abonnés ont retrouvé leur connexion dans la soirée.", utc: "2024-05-15T18:00:00Z", phrase: "dans la soirée" },
  { ctx: FR, text: "Le paiement sans contact refonctionnait en début de soirée.", utc: "2024-05-15T17:00:00Z", phrase: "en début de soirée" },
  { ctx: FR, text: "Les derniers serveurs sont repartis tard dans la nuit.", utc: "2024-05-15T21:30:00Z", phrase: "tard dans la nuit" },
  { ctx: FR, text: "Le problème a été réglé en milieu de journée.", utc: "2024-05-15T10:00:00Z", phrase: "en milieu de journée" },
  { ctx: FR, text: "À la mi-journée, la messagerie fonctionnait à nouveau.", utc: "2024-05-15T10:00:00Z", phrase: "À la mi-journée" },
  { ctx: FR, text: "Au cours de la matinée, les distributeurs ont cessé de fonctionner.", utc: "2024-05-15T07:00:00Z", phrase: "de la matinée" },
  { ctx: EN, text: "Streaming came back late in the afternoon for most viewers.", utc: "2024-05-15T21:30:00Z", phrase: "late in the afternoon" },
  { ctx: EN, text: "The game's servers were stable again by the evening.", utc: "2024-05-16T00:00:00Z", phrase: "the evening" },
  { ctx: EN, text: "The cloud region first failed in the early hours.", utc: "2024-05-15T07:00:00Z", phrase: "in the early hours" },
  { ctx: EN, text: "During the morning, card payments were declined across the country.", utc: "2024-05-15T13:00:00Z", phrase: "During the morning" },
  // early morning, lunch and the middle of a half-day in their own words
  { ctx: FR, text: "Au petit matin, les clients n'avaient plus de réseau.", utc: "2024-05-15T04:00:00Z", phrase: "Au petit matin" },
  { ctx: FR, text: "À l'heure du déjeuner, le paiement par carte a échoué.", utc: "2024-05-15T10:30:00Z", phrase: "À l'heure du déjeuner" },
  { ctx: EN, text: "In mid-afternoon, the checkout pages stopped loading.", utc: "2024-05-15T19:00:00Z", phrase: "In mid-afternoon" },
  { ctx: EN, text: "The service slowed down in mid-morning.", utc: "2024-05-15T14:00:00Z", phrase: "in mid-morning" },
];

for (const c of ALONE) {
  test(`alone (${c.ctx.lang}): ${c.text}`, () => {
    assert.deepEqual(instants(extractTimes(c.text, c.ctx)), [`${c.utc} part-of-day ${c.phrase}`]);
  });
}

test("a day named earlier in the paragraph carries to the part of the day, as it does to a clock time", () => {
  const text = "Lundi, la banque en ligne est tombée. Elle est revenue en fin d'après-midi.";
  assert.ok(instants(extractTimes(text, FR)).includes("2024-05-13T15:30:00Z part-of-day en fin d'après-midi"));
});

test("a part the publication day cannot hold yet goes to the day before, as a clock time would", () => {
  const morning = { ...FR, publishedAt: new Date("2024-05-15T07:00:00Z") };
  assert.deepEqual(instants(extractTimes("Le réseau est revenu dans la soirée.", morning)), ["2024-05-14T18:00:00Z part-of-day dans la soirée"]);
});

test("a part of a named day keeps that day's reading: 'mardi soir', 'hier soir', 'yesterday evening'", () => {
  assert.deepEqual(instants(extractTimes("Mardi soir, la messagerie a cessé de fonctionner.", FR)), ["2024-05-14T18:00:00Z part-of-day Mardi soir"]);
  assert.deepEqual(instants(extractTimes("Hier soir, la messagerie a cessé de fonctionner.", FR)), ["2024-05-14T18:00:00Z part-of-day Hier soir"]);
  assert.deepEqual(instants(extractTimes("The app stopped working yesterday evening.", EN)), ["2024-05-15T00:00:00Z part-of-day yesterday evening"]);
  assert.deepEqual(instants(extractTimes("Dans la soirée de lundi, le site a planté.", FR)), ["2024-05-13T18:00:00Z part-of-day Dans la soirée de lundi"]);
});

test("a part beside a clock time only sets the clock's half of the day", () => {
  assert.deepEqual(instants(extractTimes("Le site est revenu vers 9 h dans la soirée.", FR)), ["2024-05-15T19:00:00Z hour 9 h"]);
  assert.deepEqual(instants(extractTimes("Dans la soirée, vers 21 h 10, le site est revenu.", FR)), ["2024-05-15T19:10:00Z minute 21 h 10"]);
  assert.deepEqual(instants(extractTimes("La panne a commencé à 18h.", FR)), ["2024-05-15T16:00:00Z hour 18h"]);
});

test("habits, attributes and other days are not times: 'chaque soir', 'a morning update', 'le lendemain matin'", () => {
  for (const [text, ctx] of [
    ["Chaque soir, le trafic du service double.", FR],
    ["Le trafic du soir est le plus chargé.", FR],
    ["Le lendemain matin, tout fonctionnait.", FR],
    ["Dans la soirée du lendemain, une mise à jour a été publiée.", FR],
    ["La nuit suivante, les équipes ont tout redémarré.", FR],
    ["The company posted a morning update on its blog.", EN],
    ["The company posted a mid-morning update on its blog.", EN],
    ["Le petit matin est le moment le plus calme du réseau.", FR],
    ["Every evening, usage peaks on the platform.", EN],
    ["The next morning, everything worked.", EN],
  ] as const) {
    assert.deepEqual(instants(extractTimes(text, ctx)), [], text);
  }
});

// A part of the day with a relative day ("this morning", "hier soir") is read in the zone stated
// after it, and a narrower part written before it wins ("the early hours of this morning").
const LIVE_UK = { publishedAt: new Date("2024-07-19T07:50:00Z"), sourceZone: null, lang: "en" as const };
const ZONED: { text: string; ctx: typeof FR | typeof EN; utc: string }[] = [
  { ctx: LIVE_UK, text: "The problems started this morning UK time.", utc: "2024-07-19T08:00:00Z" },
  { ctx: LIVE_UK, text: "Machines began crashing in the early hours of this morning UK time.", utc: "2024-07-19T02:00:00Z" },
  { ctx: LIVE_UK, text: "The first failures came in the early hours of this morning.", utc: "2024-07-19T07:00:00Z" },
  { ctx: FR, text: "Les premiers signalements sont arrivés hier soir, heure de New York.", utc: "2024-05-15T00:00:00Z" },
  { ctx: FR, text: "La panne a commencé ce matin, heure de Paris.", utc: "2024-05-15T07:00:00Z" },
];

for (const c of ZONED) {
  test(`zone after a relative part of the day: ${c.text}`, () => {
    const got = instants(extractTimes(c.text, c.ctx));
    assert.ok(got.some((g) => g.startsWith(c.utc)), JSON.stringify(got));
  });
}

test("a relative part of the day with no zone after it keeps the outlet's zone", () => {
  const got = instants(extractTimes("Trouble began this morning for many users.", LIVE_UK));
  assert.ok(got.some((g) => g.startsWith("2024-07-19T13:00:00Z")), JSON.stringify(got)); // 9 a.m. in New York, the English default
});
