import { test } from "node:test";
import assert from "node:assert/strict";
import { makeTextView } from "../../lib/extract/text-view";
import { yearlessDays } from "../../lib/extract/yearless-days";
import { facts } from "./article-helpers";

test("the days of the year a text writes without a year, in text order (en, fr)", () => {
  assert.deepEqual(yearlessDays(makeTextView("Cloud down on leap day", "The service failed on February 29 and came back on March 1.", "en"), "en"), ["02-29", "03-01"]);
  assert.deepEqual(yearlessDays(makeTextView("Panne du 22 décembre", "Le 22 décembre, la messagerie est tombée ; le 22 décembre au soir elle revenait.", "fr"), "fr"), ["12-22"]);
  // a full date is no day of the year without a year
  assert.deepEqual(yearlessDays(makeTextView("Outage", "The outage of June 3, 2023 cut payments.", "en"), "en"), []);
});

test("only a document with no date to read against keeps them (en, fr)", () => {
  const undated = facts("Skype en panne", "Skype est tombé en panne le 22 décembre pour des millions d'utilisateurs.", { lang: "fr", publishedAt: null });
  assert.deepEqual(undated.yearlessDays, ["12-22"]);
  const dated = facts("Skype down", "Skype went down on December 22 for millions of users.", { lang: "en", publishedAt: new Date("2010-12-23T10:00:00Z") });
  assert.equal(dated.yearlessDays, undefined);
  assert.equal(dated.outageDay, "2010-12-22");
});
