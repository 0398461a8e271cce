// The detector on short feed items (a title and one sentence) written for this project in other
// words than the corpus (test/extract/fixtures/short-feed-items.ts): the corpus's items under 40
// words are nearly all non-outage news, so its cross-validation says little of short outage reports.
// Floors at the level measured when the set was written (README), so a change that loses short
// reports or lets look-alikes through fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";
import { SHORT_LOOK_ALIKES, SHORT_OUTAGES, type ShortItem } from "./fixtures/short-feed-items";
import { FRESH_LOOK_ALIKES, FRESH_OUTAGES } from "./fixtures/short-feed-items-fresh";
import { THIRD_LOOK_ALIKES, THIRD_OUTAGES } from "./fixtures/short-feed-items-third";
import { FOURTH_LOOK_ALIKES, FOURTH_OUTAGES } from "./fixtures/short-feed-items-fourth";
import { FIFTH_LOOK_ALIKES, FIFTH_OUTAGES } from "./fixtures/short-feed-items-fifth";

const said = (c: ShortItem) => facts(c.title, c.text, { lang: c.lang, publishedAt: new Date("2025-06-11T08:00:00Z") }).isOutage;

test("short items: at least 30 outage reports and 30 look-alikes in each language together, both languages present", () => {
  assert.ok(SHORT_OUTAGES.length >= 30 && SHORT_LOOK_ALIKES.length >= 30);
  for (const lang of ["fr", "en"]) assert.ok(SHORT_OUTAGES.some((c) => c.lang === lang) && SHORT_LOOK_ALIKES.some((c) => c.lang === lang));
});

// Round eight moved the card-payment incidents (cards refused at the till) from the reports to the
// look-alikes, as the corpus labels them (payments are out of scope); the rule layer's card cues
// called two of them outages until those cues went (cards refused are no cue of their own).
test("short items: no look-alike read as an outage, the card-payment ones included", () => {
  const wrong = SHORT_LOOK_ALIKES.filter(said).map((c) => c.title);
  assert.ok(wrong.length === 0, `said outage: ${wrong.join(" | ")}`);
});

test("short items: recall of the outage reports at least 0.96 (50 of 52 since the card-payment items moved, 52 of 54 before; 45 before round seven's everyday failing words, of which 29 of the first 34; 27 of those before the inability cues), each language at least 0.96", () => {
  const missed = SHORT_OUTAGES.filter((c) => !said(c));
  assert.ok(1 - missed.length / SHORT_OUTAGES.length >= 0.96, `missed: ${missed.map((c) => c.title).join(" | ")}`);
  for (const lang of ["fr", "en"]) {
    const all = SHORT_OUTAGES.filter((c) => c.lang === lang);
    assert.ok(1 - missed.filter((c) => c.lang === lang).length / all.length >= 0.96, `${lang} missed: ${missed.filter((c) => c.lang === lang).map((c) => c.title).join(" | ")}`);
  }
});

// The second set (fixtures/short-feed-items-fresh.ts) is only scored, never read while changing the
// detector: its floors are the level measured, so they guard against losing ground, not a target.
test("fresh short items: no look-alike is read as an outage (precision 1.00 when measured)", () => {
  assert.ok(FRESH_OUTAGES.length >= 30 && FRESH_LOOK_ALIKES.length >= 30);
  assert.deepEqual(FRESH_LOOK_ALIKES.filter(said).map((c) => c.title), []);
});

test("fresh short items: recall at least 0.75 (24 of 32 when measured, 23 before the everyday failing words), fr at least 0.68, en at least 0.81", () => {
  const caught = (lang?: string) => {
    const all = FRESH_OUTAGES.filter((c) => !lang || c.lang === lang);
    return all.filter(said).length / all.length;
  };
  assert.ok(caught() >= 0.75, `recall ${caught()}`);
  assert.ok(caught("fr") >= 0.68, `fr recall ${caught("fr")}`);
  assert.ok(caught("en") >= 0.81, `en recall ${caught("en")}`);
});

// The third set (fixtures/short-feed-items-third.ts, round seven, French-weighted) was written and
// scored before the detector changed for it: 17 of 26 reports (fr 10 of 18), one look-alike (an
// English planned-maintenance title) said outage. Floors at the level measured after the round's
// cues ('HS', 'planté', card payments refused) and event plurals ('perturbations sur le réseau'), and
// no look-alike since a title naming the planned work is the notice's. Round eight moved its two
// card-payment reports to the look-alikes (the corpus's convention): 19 of 24 (fr 13 of 17), and the
// English one is still said outage by the generic "payments declined" (card cues gone; the generic
// payment wording stays, since an online payment service's failure is told that way too).
test("third short items: recall at least 19 of 24 (fr 13 of 17), at most the card-payment look-alike read as an outage", () => {
  assert.ok(THIRD_OUTAGES.length >= 24 && THIRD_LOOK_ALIKES.length >= 25);
  const missed = THIRD_OUTAGES.filter((c) => !said(c));
  assert.ok(THIRD_OUTAGES.length - missed.length >= 19, `missed: ${missed.map((c) => c.title).join(" | ")}`);
  assert.ok(THIRD_OUTAGES.filter((c) => c.lang === "fr" && said(c)).length >= 13, `missed: ${missed.map((c) => c.title).join(" | ")}`);
  assert.ok(THIRD_LOOK_ALIKES.filter(said).length <= 1, THIRD_LOOK_ALIKES.filter(said).map((c) => c.title).join(" | "));
});

// The fourth set (fixtures/short-feed-items-fourth.ts, round eight, French-weighted) was written and
// committed before any change and is only scored, never read: 18 of 34 reports (fr 8 of 21, en 10 of
// 13), two English look-alikes said outage, at main. Round eight's tries (a length nuisance fitted and
// dropped, the whole-text words left out or floored for a feed item, a title-failure rule) were not
// kept, so these floors are main's level: a guard against losing ground, not a target. Its four
// bank-card payment items (found by a grep for card / carte / paiement / terminal) are look-alikes
// since, as the corpora label them: 17 of 30 (fr 7 of 18, en 10 of 12), and two of the moved French
// card items are still read as outages by their generic failure words (4 of 39).
test("fourth short items: recall at least 17 of 30 (fr 7 of 18), at most 4 of 39 look-alikes read as an outage", () => {
  assert.ok(FOURTH_OUTAGES.length >= 30 && FOURTH_LOOK_ALIKES.length >= 30);
  assert.ok(FOURTH_OUTAGES.filter((c) => c.lang === "fr").length * 2 >= FOURTH_OUTAGES.length);
  assert.ok(FOURTH_OUTAGES.filter(said).length >= 17, `recall ${FOURTH_OUTAGES.filter(said).length} of ${FOURTH_OUTAGES.length}`);
  assert.ok(FOURTH_OUTAGES.filter((c) => c.lang === "fr" && said(c)).length >= 7);
  assert.ok(FOURTH_LOOK_ALIKES.filter(said).length <= 4);
});

// The fifth set (fixtures/short-feed-items-fifth.ts, round nine: one-liners and medium items of 60-200
// words, at least half French) was written and committed before any change and is only scored, never
// read. Measured at main when written: 23 of 32 reports (fr 12 of 17, en 11 of 15), 4 of 32 look-alikes
// read as an outage (fr 2 of 17). The floors are the level reached (README, round nine).
test("fifth items: recall at least 23 of 32 (fr 12 of 17), at most 4 of 32 look-alikes read as an outage", () => {
  assert.ok(FIFTH_OUTAGES.length >= 30 && FIFTH_LOOK_ALIKES.length >= 30);
  for (const set of [FIFTH_OUTAGES, FIFTH_LOOK_ALIKES]) assert.ok(set.filter((c) => c.lang === "fr").length * 2 >= set.length);
  assert.ok(FIFTH_OUTAGES.filter(said).length >= 23, `recall ${FIFTH_OUTAGES.filter(said).length} of ${FIFTH_OUTAGES.length}`);
  assert.ok(FIFTH_OUTAGES.filter((c) => c.lang === "fr" && said(c)).length >= 12);
  assert.ok(FIFTH_LOOK_ALIKES.filter(said).length <= 4);
});
