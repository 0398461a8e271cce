// An article with no publication date is dated by the full dates it writes, not by fetch time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { textReferenceDate } from "../../lib/extract/text-reference-date";
import { makeTextView } from "../../lib/extract/text-view";
import { facts } from "./article-helpers";

test("the day after the latest full date the text writes is its reference (en, fr)", () => {
  assert.equal(textReferenceDate(makeTextView("Looking back", "On March 3, 2019 the storage service failed; the report came on March 9, 2019."), "en")?.toISOString(), "2019-03-10T12:00:00.000Z");
  assert.equal(textReferenceDate(makeTextView("Retour", "Le 29 février 2012, la plateforme est tombée en panne."), "fr")?.toISOString(), "2012-03-01T12:00:00.000Z");
});

test("dates without a year, weekdays and bare years give no reference", () => {
  assert.equal(textReferenceDate(makeTextView("Down", "On Tuesday, March 3, users could not log in, as in 2019."), "en"), null);
  assert.equal(textReferenceDate(makeTextView("Panne", "Lundi, la messagerie était en panne."), "fr"), null);
});

test("an undated article's outage day is the date it states (en, fr); without one it has none", () => {
  const en = facts("Storage outage review", "On February 28, 2017, the cloud storage service went down for four hours.", { lang: "en", publishedAt: null });
  assert.equal(en.outageDay, "2017-02-28");
  const fr = facts("Panne du service", "Le 7 décembre 2021, le service de cloud est tombé en panne pendant plusieurs heures.", { lang: "fr", publishedAt: null });
  assert.equal(fr.outageDay, "2021-12-07");
  assert.equal(facts("Service down", "The service went down for hours.", { lang: "en", publishedAt: null }).outageDay, null);
});

test("an undated page's yearless day with its weekday takes the one written year that weekday agrees with (fr, en)", () => {
  const fr = makeTextView("Panne bancaire", "Le mardi 9 juin, les clients de la banque n'ont pas pu se connecter. Mis en ligne en juin 2026.");
  assert.equal(textReferenceDate(fr, "fr")?.toISOString(), "2026-06-10T12:00:00.000Z");
  const en = makeTextView("Outage", "On Friday, October 16, the game servers went down for hours. © 2026 The Example Post");
  assert.equal(textReferenceDate(en, "en")?.toISOString(), "2026-10-17T12:00:00.000Z");
});

test("no year from a weekday that no written year agrees with, two that do, or a day without its weekday", () => {
  // 9 June 2025 is a Monday, not a Tuesday
  assert.equal(textReferenceDate(makeTextView("Panne", "Le mardi 9 juin, la banque était en panne. Mis en ligne en juin 2025."), "fr"), null);
  // Tuesday 15 September is a Tuesday in 2015 and in 2026 alike
  assert.equal(textReferenceDate(makeTextView("Down", "On Tuesday, September 15, tracking went down, as it had in 2015. © 2026"), "en"), null);
  assert.equal(textReferenceDate(makeTextView("Panne", "Le 9 juin, la banque était en panne. Mis en ligne en juin 2026."), "fr"), null);
});

test("an undated page with a month-stamp and a weekday-dated day gets its outage day", () => {
  const fr = facts("Panne chez la néobanque", "Le lundi 2 novembre, les clients de la néobanque ne pouvaient plus consulter leur solde. La panne a commencé vers 9 heures.\nPublié en novembre 2026", { lang: "fr", publishedAt: null });
  assert.equal(fr.outageDay, "2026-11-02");
});
