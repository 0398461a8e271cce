// An undated document's clocks on days it writes without a year are kept apart with their day of the
// year (the incident places them in its year); a clock on no written day, and any dated document,
// keep none. Our own phrasings (en + fr).
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const undated = { publishedAt: null };

test("an undated text's clock on a day it writes keeps its day of the year and its wall clock (en, fr)", () => {
  const en = facts("Bank app down", "On Sunday, March 30 at 9:15 a.m. ET, the bank's mobile app stopped working for customers across the country.", { ...undated, lang: "en" });
  const t = en.yearlessTimes?.find((f) => f.time.kind === "instant" && f.time.granularity === "minute");
  assert.ok(t && t.time.kind === "instant", JSON.stringify(en.yearlessTimes));
  assert.equal(t.time.localDate.slice(5), "03-30");
  assert.equal(t.time.zone, "America/New_York");
  assert.equal(t.role, "start");
  const fr = facts("Panne du réseau", "Le 12 février vers 18 h 30, le réseau mobile de l'opérateur est tombé en panne dans tout le pays.", { ...undated, lang: "fr" });
  const u = fr.yearlessTimes?.find((f) => f.time.kind === "instant" && f.time.granularity !== "day");
  assert.ok(u && u.time.kind === "instant", JSON.stringify(fr.yearlessTimes));
  assert.equal(u.time.localDate.slice(5), "02-12");
  assert.equal(fr.times.filter((f) => f.time.kind === "instant").length, 0, "the times themselves stay unplaced");
});

test("negatives: a clock on no written day, and a dated text, keep no yearless clocks (en, fr)", () => {
  assert.equal(facts("App down", "At 3 p.m. the bank's mobile app stopped working for customers.", { ...undated, lang: "en" }).yearlessTimes, undefined);
  assert.equal(facts("Panne", "Lundi vers 15 h, le réseau de l'opérateur est tombé en panne.", { ...undated, lang: "fr" }).yearlessTimes, undefined);
  const dated = facts("Panne du réseau", "Le 12 février vers 18 h 30, le réseau mobile de l'opérateur est tombé en panne.", { lang: "fr", publishedAt: new Date("2025-02-12T21:00:00Z") });
  assert.equal(dated.yearlessTimes, undefined);
});
