import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// A weekday written with its clock is that clock's day, even when the clock is later than the
// publication's hour on that very weekday (the publication time was estimated, or the page updated):
// "Vendredi après 21 h" published Friday morning had been read as Thursday 21 h.
const BESIDE: TimeCase[] = [
  {
    id: "fr-weekday-after-clock", lang: "fr", publishedAt: "2022-07-08T14:30:00Z", sourceZone: "America/Toronto",
    text: "Vendredi après 21 h, l'opérateur a affirmé que son réseau principal semblait rétabli.",
    expect: { kind: "instant", utc: "2022-07-09T01:00:00Z" },
    never: [{ kind: "instant", utc: "2022-07-08T01:00:00Z" }],
  },
  {
    id: "fr-clock-then-weekday", lang: "fr", publishedAt: "2024-05-03T08:00:00Z", sourceZone: null,
    text: "Le service est revenu à 18 h 30 vendredi, selon le fournisseur.",
    expect: { kind: "instant", utc: "2024-05-03T16:30:00Z" },
    never: [{ kind: "instant", utc: "2024-05-02T16:30:00Z" }],
  },
  {
    id: "en-clock-then-weekday", lang: "en", publishedAt: "2024-05-03T13:00:00Z", sourceZone: null,
    text: "The bank said service came back at 8 p.m. Friday for most customers.",
    expect: { kind: "instant", utc: "2024-05-04T00:00:00Z" },
    never: [{ kind: "instant", utc: "2024-05-03T00:00:00Z" }],
  },
  // negative: a weekday in another clause does not date the clock (the day before stays)
  {
    id: "en-weekday-other-clause", lang: "en", publishedAt: "2022-07-08T14:30:00Z", sourceZone: null,
    text: "Service began failing at 5:30pm, although some users still had delays early on Friday.",
    expect: { kind: "instant", utc: "2022-07-07T21:30:00Z" },
  },
];

test("a weekday beside its clock keeps the clock on that day", () => {
  assertCasesPass(BESIDE);
});

// A date with its weekday a few days after publication is this year's when the weekday matches:
// "dimanche 31 octobre" in a report dated Friday 29 October 2021 had gone back to 2010.
const AHEAD: TimeCase[] = [
  {
    id: "fr-weekday-date-two-days-ahead", lang: "fr", publishedAt: "2021-10-29T05:00:00Z", sourceZone: null,
    text: "La panne a officiellement pris fin le dimanche 31 octobre à 16h45 PST.",
    expect: { kind: "date", date: "2021-10-31" },
    never: [{ kind: "date", date: "2010-10-31" }],
  },
  {
    id: "en-weekday-date-ahead", lang: "en", publishedAt: "2024-03-07T12:00:00Z", sourceZone: null,
    text: "The provider said service was fully back on Saturday, March 9, at 3 p.m.",
    expect: { kind: "date", date: "2024-03-09" },
    never: [{ kind: "date", date: "2019-03-09" }],
  },
  // negative: without a weekday a later date of the month is last year's (nothing confirms it)
  {
    id: "fr-date-ahead-no-weekday", lang: "fr", publishedAt: "2021-10-29T05:00:00Z", sourceZone: null,
    text: "La précédente panne datait du 31 octobre.",
    expect: { kind: "date", date: "2020-10-31" },
    never: [{ kind: "date", date: "2021-10-31" }],
  },
];

test("a weekday date a few days after publication is this year's", () => {
  assertCasesPass(AHEAD);
});
