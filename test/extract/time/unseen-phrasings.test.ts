// Round six's own phrasings of times the corpora lack (test/extract/time/unseen-cases.ts), and the
// rules they needed: weekends named as one, "midi et demi", parts of the day with their article or
// after "depuis" / "since", a zone written after a range's end.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import type { TimeExpression } from "../../../lib/domain/types";
import { assertCasesPass } from "./time-case-helpers";
import { UNSEEN_MORE_CASES, UNSEEN_PART_CASES, UNSEEN_RANGE_CASES, UNSEEN_THIRD_CASES, UNSEEN_ZONE_CASES } from "./unseen-cases";

const read = (lang: "fr" | "en", publishedAt: string, zone: string | null, text: string): TimeExpression[] =>
  extractTimes(text, { publishedAt: new Date(publishedAt), sourceZone: zone, lang });
const weekends = (rs: TimeExpression[]) =>
  rs.flatMap((t) => (t.kind === "range" && t.granularity === "day" ? [`${t.start.slice(0, 10)}..${t.end.slice(0, 10)}${t.ahead ? " ahead" : ""}`] : []));

test("zones of other continents in words and abbreviations", () => assertCasesPass(UNSEEN_ZONE_CASES));
test("parts of the day, midnight, weekends", () => assertCasesPass(UNSEEN_PART_CASES));
test("ranges, status-page stamps, lengths", () => assertCasesPass(UNSEEN_RANGE_CASES));
test("second set: zones of Africa, Asia and Oceania, wire and machine stamps, restated clocks, mixed lengths", () => assertCasesPass(UNSEEN_MORE_CASES));
test("third set: days and zones around the clock in other orders, bare days of the month", () => assertCasesPass(UNSEEN_THIRD_CASES));

test("a weekend named as one is Saturday to Sunday: which one depends on the words and the day of writing (en, fr)", () => {
  // Monday 15 April 2024: the weekend just past, whatever the words
  assert.deepEqual(weekends(read("en", "2024-04-15T14:00:00Z", "America/New_York", "The app was down last weekend.")), ["2024-04-13..2024-04-14"]);
  assert.deepEqual(weekends(read("fr", "2024-04-15T08:00:00Z", "Europe/Paris", "Ce week-end, le réseau a été coupé.")), ["2024-04-13..2024-04-14"]);
  assert.deepEqual(weekends(read("fr", "2024-04-15T08:00:00Z", "Europe/Paris", "Le week end dernier, la messagerie a flanché.")), ["2024-04-13..2024-04-14"]);
  // written on Sunday 14 April: "last weekend" is the one before, "over the weekend" the current one
  assert.deepEqual(weekends(read("en", "2024-04-14T18:00:00Z", "America/New_York", "The same app failed last weekend.")), ["2024-04-06..2024-04-07"]);
  assert.deepEqual(weekends(read("en", "2024-04-14T18:00:00Z", "America/New_York", "Users were locked out over the weekend.")), ["2024-04-13..2024-04-14"]);
  // written on Thursday 18 April: "this weekend" and "le week-end prochain" are to come
  assert.deepEqual(weekends(read("en", "2024-04-18T14:00:00Z", "America/New_York", "Maintenance is planned this weekend.")), ["2024-04-20..2024-04-21 ahead"]);
  assert.deepEqual(weekends(read("fr", "2024-04-18T08:00:00Z", "Europe/Paris", "Une maintenance aura lieu le week-end prochain.")), ["2024-04-20..2024-04-21 ahead"]);
});

test("the bare noun 'weekend' is a habit or a modifier, no weekend of the story (negatives)", () => {
  assert.deepEqual(weekends(read("en", "2024-04-15T14:00:00Z", "America/New_York", "Weekend traffic is usually lower, the carrier said.")), []);
  assert.deepEqual(weekends(read("fr", "2024-04-15T08:00:00Z", "Europe/Paris", "Le week-end, le trafic baisse de moitié.")), []);
  assert.deepEqual(weekends(read("en", "2024-04-15T14:00:00Z", "America/New_York", "Engineers work weekends to patch the servers.")), []);
});

test("'midi et demi', 'minuit et quart' are clocks of their own; 'minuit' alone still ends its day", () => {
  const clocks = (rs: TimeExpression[]) => rs.flatMap((t) => (t.kind === "instant" && t.granularity === "minute" ? [t.utc] : []));
  assert.deepEqual(clocks(read("fr", "2024-05-01T18:00:00+02:00", "Europe/Paris", "Les paiements sont revenus à midi et demi.")), ["2024-05-01T10:30:00Z"]);
  assert.deepEqual(clocks(read("fr", "2024-05-01T18:00:00+02:00", "Europe/Paris", "Le réseau est tombé à minuit et quart.")), ["2024-04-30T22:15:00Z"]);
  const midnight = read("fr", "2024-05-02T09:00:00+02:00", "Europe/Paris", "Le service a été coupé jusqu'à minuit mercredi.");
  assert.ok(midnight.some((t) => t.kind === "instant" && t.utc === "2024-05-01T22:00:00Z"), JSON.stringify(midnight));
});

test("a part of the day with its article, or after 'depuis' / 'since', is read as the bare part is (fr, en)", () => {
  const parts = (rs: TimeExpression[]) => rs.flatMap((t) => (t.kind === "instant" && t.granularity === "part-of-day" ? [t.utc] : []));
  assert.deepEqual(parts(read("fr", "2024-04-10T17:00:00+02:00", "Europe/Paris", "Le service est perturbé depuis le début de l'après-midi.")), ["2024-04-10T12:00:00Z"]);
  assert.deepEqual(parts(read("fr", "2024-04-10T17:00:00+02:00", "Europe/Paris", "La panne a commencé à la fin de la matinée.")), ["2024-04-10T09:00:00Z"]);
  assert.deepEqual(parts(read("en", "2024-04-10T23:00:00Z", "America/New_York", "The site has been down since late afternoon.")), ["2024-04-10T21:30:00Z"]);
  // negative: "depuis" before a noun that is no part of the day frames nothing
  assert.deepEqual(parts(read("fr", "2024-04-10T17:00:00+02:00", "Europe/Paris", "Les abonnés se plaignent depuis des semaines.")), []);
});

test("a zone written after a range's end is the whole range's, also where each end names its day", () => {
  const ranges = (rs: TimeExpression[]) => rs.flatMap((t) => (t.kind === "range" ? [`${t.start} ${t.end}`] : []));
  assert.deepEqual(ranges(read("en", "2024-01-16T10:00:00Z", null, "The line was down from 11pm Monday until 2am Tuesday GMT.")), ["2024-01-15T23:00:00Z 2024-01-16T02:00:00Z"]);
  assert.deepEqual(ranges(read("en", "2024-07-16T18:00:00Z", null, "Trading halted from 9:30 a.m. Monday until 10 a.m. Tuesday ET.")), ["2024-07-15T13:30:00Z 2024-07-16T14:00:00Z"]);
});

test("'last' / 'derniers' / 'prochains' said once of coordinated weekdays is each one's (fr, en)", () => {
  const days = (lang: "fr" | "en", text: string) =>
    read(lang, "2024-04-18T09:00:00+02:00", lang === "fr" ? "Europe/Paris" : "America/New_York", text).flatMap((t) => (t.kind === "instant" ? [t.localDate] : []));
  // written on Thursday 18 April: "jeudi" is last week's, not the day of writing
  assert.deepEqual(days("fr", "Le service était inaccessible jeudi et vendredi derniers."), ["2024-04-11", "2024-04-12"]);
  assert.deepEqual(days("fr", "Les coupures de lundi, mardi et mercredi derniers ont duré."), ["2024-04-15", "2024-04-16", "2024-04-17"]);
  assert.deepEqual(days("fr", "Le service sera coupé mercredi et jeudi prochains."), ["2024-04-24", "2024-04-25"]);
  // in brackets too: chrono's "(jeudi" is no longer a reading than the grammar's "jeudi" for its bracket
  assert.deepEqual(days("fr", "Après deux jours de panne (jeudi et vendredi derniers), le service est revenu."), ["2024-04-11", "2024-04-12"]);
  assert.deepEqual(days("en", "The app failed last Thursday and Friday."), ["2024-04-11", "2024-04-12"]);
  // negative: a weekday of another clause keeps its own reading
  assert.deepEqual(days("fr", "Vendredi dernier, la panne a duré deux heures ; jeudi, le service a tenu."), ["2024-04-12", "2024-04-18"]);
});

test("'depuis 6 heures' with a part of the day after it is a clock, else a length (fr)", () => {
  const kinds = (text: string) => read("fr", "2024-06-03T10:00:00+02:00", "Europe/Paris", text).map((t) => (t.kind === "instant" ? `at ${t.utc}` : t.kind === "duration" ? `for ${t.minutes}` : t.kind));
  assert.deepEqual(kinds("Le réseau est coupé depuis 6 heures du matin."), ["at 2024-06-03T04:00:00Z"]);
  assert.ok(kinds("Le réseau est coupé depuis 6 heures ce matin.").includes("at 2024-06-03T04:00:00Z"));
  assert.deepEqual(kinds("Le réseau est coupé depuis 5 heures hier soir."), ["at 2024-06-02T15:00:00Z"]);
  // negative: with nothing after, six hours is a length
  assert.deepEqual(kinds("Le réseau est coupé depuis 6 heures, selon l'opérateur."), ["for 360"]);
});

test("the weekdays of a list told of the past come in the calendar's order (fr, en)", () => {
  const days = (lang: "fr" | "en", text: string, pub = "2024-04-18T09:00:00+02:00") =>
    read(lang, pub, lang === "fr" ? "Europe/Paris" : "America/New_York", text).flatMap((t) => (t.kind === "instant" ? [t.localDate] : []));
  // written on Thursday 18 April: Thursday in the list comes before Friday, so it is last week's
  assert.deepEqual(days("fr", "Le service était inaccessible jeudi et vendredi."), ["2024-04-11", "2024-04-12"]);
  assert.deepEqual(days("fr", "Les coupures de mercredi, jeudi et vendredi derniers ont duré."), ["2024-04-10", "2024-04-11", "2024-04-12"]);
  assert.deepEqual(days("en", "The app failed on Monday and Tuesday.", "2024-04-15T14:00:00Z"), ["2024-04-08", "2024-04-09"]);
  // negatives: a list already in order, and weekdays of two clauses, keep their own readings
  assert.deepEqual(days("fr", "Le service a flanché mardi et mercredi."), ["2024-04-16", "2024-04-17"]);
  assert.deepEqual(days("fr", "Jeudi, la panne a commencé ; vendredi dernier, tout allait bien."), ["2024-04-18", "2024-04-12"]);
});

test("a day of the month named alone before its clock is the latest month's ('le 14 à 14 h', 'on the 3rd at 2 p.m.')", () => {
  const instants = (lang: "fr" | "en", text: string) =>
    read(lang, "2024-04-16T12:00:00Z", lang === "fr" ? "Europe/Paris" : "America/New_York", text).flatMap((t) => (t.kind === "instant" ? [t.utc] : []));
  assert.deepEqual(instants("fr", "La panne a commencé le 14 à 14 h."), ["2024-04-14T12:00:00Z"]);
  // a day later in the month than publication is last month's
  assert.deepEqual(instants("fr", "La panne a commencé le 20 à 14 h."), ["2024-03-20T13:00:00Z"]);
  assert.deepEqual(instants("en", "The outage began on the 3rd at 2 p.m."), ["2024-04-03T18:00:00Z"]);
  // negatives: with its month the date reads as before; with no clock after it a bare number is no day
  assert.deepEqual(instants("fr", "Le 14 juillet à 14 h, le site est tombé."), ["2023-07-14T12:00:00Z"]);
  assert.deepEqual(instants("fr", "Le 14 a été le pire jour ; vers 16 h, tout est revenu."), instants("fr", "Vers 16 h, tout est revenu."));
});
