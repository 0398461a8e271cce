// A range's clocks after a date stated earlier in the same sentence take that date, even when a
// day of the statement's own (the day it was said: "a précisé le ministère ce mardi", "the company
// said on Monday") stands nearer after them past a clause break. Own phrasings, French and English,
// with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";

function rangeOf(text: string, published: string, lang: "fr" | "en"): string | undefined {
  const r = extractTimes(text, { publishedAt: new Date(published), sourceZone: null, lang }).find((x) => x.kind === "range");
  return r && r.kind === "range" ? `${r.start} ${r.end}` : undefined;
}

test("a date before the range dates it, not the day of the statement after it (fr)", () => {
  // published Monday March 9, 2026: the range is on March 3, not the eve of publication
  assert.equal(rangeOf("Le 3 mars, le portail des impôts est resté inaccessible de 10 h à 12 h 15, a indiqué la direction ce lundi.", "2026-03-09T08:00:00Z", "fr"), "2026-03-03T09:00:00Z 2026-03-03T11:15:00Z");
});

test("a date before the range dates it, not the day of the statement after it (en)", () => {
  // published Monday March 9, 2026 (ET): the range is on March 3
  assert.equal(rangeOf("On March 3, the state tax portal was down from 10 a.m. to 12:15 p.m., the agency said on Monday.", "2026-03-09T13:00:00Z", "en"), "2026-03-03T15:00:00Z 2026-03-03T17:15:00Z");
});

test("a title ending on a statement word does not make the lead's date a statement's day (en)", () => {
  assert.equal(rangeOf("Starlink outage explained\n\nOn March 5, Starlink users lost service from 3:15 p.m. to 4:05 p.m. ET, SpaceX said on Thursday.", "2026-03-12T15:00:00Z", "en"), "2026-03-05T20:15:00Z 2026-03-05T21:05:00Z");
});

test("negatives: a day said with the range itself still dates it", () => {
  // the nearer day beside the range, no clause break between: that day's
  assert.equal(rangeOf("Le 3 mars, des lenteurs ont été signalées ; le portail est tombé mercredi de 10 h à 12 h.", "2026-03-09T08:00:00Z", "fr"), "2026-03-04T09:00:00Z 2026-03-04T11:00:00Z");
  assert.equal(rangeOf("The portal was down from 10 a.m. to noon on Wednesday, March 4.", "2026-03-09T13:00:00Z", "en")?.slice(0, 10), "2026-03-04");
  // no date at all: the latest such range before publication
  assert.equal(rangeOf("Le portail est resté inaccessible de 10 h à 12 h 15, a indiqué la direction.", "2026-03-09T16:00:00Z", "fr"), "2026-03-09T09:00:00Z 2026-03-09T11:15:00Z");
  // a statement's day alone in its sentence still dates the clocks (same-day news)
  assert.equal(rangeOf("Le portail est resté inaccessible de 10 h à 12 h 15, a indiqué la direction ce lundi.", "2026-03-09T16:00:00Z", "fr"), "2026-03-09T09:00:00Z 2026-03-09T11:15:00Z");
  assert.equal(rangeOf("The portal was down from 10 a.m. to 12:15 p.m. Wednesday, the agency said on Thursday.", "2026-03-12T16:00:00Z", "en"), "2026-03-11T14:00:00Z 2026-03-11T16:15:00Z");
});
