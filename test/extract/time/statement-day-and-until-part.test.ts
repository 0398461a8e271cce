// Roles of two time readings: the day a statement was made ("a expliqué le ministère ce mardi", "the
// agency said on Monday"), after its sentence has already dated the events, dates nothing of the
// outage; a part of day after "jusqu'en" / "jusque dans" is where the outage ended, as after
// "jusqu'à" / "until". Own phrasings, French and English, with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "../article-helpers";

const roles = (f: ReturnType<typeof facts>) => f.times.map((t) => `${t.role} ${t.time.phrase}`);

test("the day a statement was made, after the events' own date, is no start (fr, en)", () => {
  const fr = facts("Impots.gouv : la panne expliquée", "Le 3 mars, le portail des impôts est resté inaccessible de 10 h à 12 h 15, a indiqué la direction ce lundi.", { lang: "fr", publishedAt: new Date("2026-03-09T08:00:00Z") });
  assert.ok(roles(fr).includes("other ce lundi"), JSON.stringify(roles(fr)));
  const en = facts("Tax portal outage explained", "On March 3, the state tax portal was down from 10 a.m. to 12:15 p.m., the agency said on Monday.", { lang: "en", publishedAt: new Date("2026-03-09T13:00:00Z") });
  assert.ok(!roles(en).some((r) => r.startsWith("start") && r.endsWith("Monday")), JSON.stringify(roles(en)));
});

test("negative: a statement's day alone in its sentence still dates the failure", () => {
  const fr = facts("Panne chez SFR", "Le réseau mobile de SFR est tombé en panne, a indiqué l'opérateur ce lundi.", { lang: "fr", publishedAt: new Date("2026-03-09T18:00:00Z") });
  assert.ok(roles(fr).includes("start ce lundi"), JSON.stringify(roles(fr)));
});

test("a part of day after 'jusqu'en' / 'jusque dans' is the end (fr)", () => {
  const a = facts("Panne de la billetterie", "La billetterie en ligne a été inaccessible jeudi, de 10 h jusqu'en fin de soirée.", { lang: "fr", publishedAt: new Date("2026-03-06T08:00:00Z") });
  assert.ok(roles(a).includes("end fin de soirée"), JSON.stringify(roles(a)));
  const b = facts("Panne des paiements", "Les paiements par carte ont échoué mardi de 9 h jusque dans l'après-midi.", { lang: "fr", publishedAt: new Date("2026-03-04T08:00:00Z") });
  assert.ok(roles(b).some((r) => r.startsWith("end") && r.includes("après-midi")), JSON.stringify(roles(b)));
});
