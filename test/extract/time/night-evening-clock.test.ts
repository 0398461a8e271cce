import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// "On Friday night around 7 o'clock PT": a digit clock written with "o'clock" is a clock the grammar
// reads (chrono had read it alone, at 7 a.m., without the night), and in English a night's 6 to 11
// is its evening; the small hours stay the next morning's.
const CASES: TimeCase[] = [
  {
    id: "en-night-oclock-zone", lang: "en", publishedAt: "2022-07-09T14:30:00Z", sourceZone: null,
    text: "On Friday night around 7 o'clock PT, the carrier announced that its wireless service was starting to recover.",
    expect: { kind: "instant", utc: "2022-07-09T02:00:00Z" },
    never: [{ kind: "instant", utc: "2022-07-09T14:00:00Z" }],
  },
  {
    id: "en-night-oclock", lang: "en", publishedAt: "2024-02-14T10:00:00Z", sourceZone: null,
    text: "Tuesday night at about 9 o'clock, the bank said cards were working again.",
    expect: { kind: "instant", utc: "2024-02-14T02:00:00Z" },
    never: [{ kind: "instant", utc: "2024-02-14T14:00:00Z" }],
  },
  {
    id: "en-morning-oclock", lang: "en", publishedAt: "2024-02-14T20:00:00Z", sourceZone: null,
    text: "The site was back by 10 o'clock on Wednesday morning, the company said.",
    expect: { kind: "instant", utc: "2024-02-14T15:00:00Z" },
  },
  // negatives: a night's small hours are the next morning; French keeps its 24-hour clock
  {
    id: "en-night-small-hours", lang: "en", publishedAt: "2024-02-14T20:00:00Z", sourceZone: null,
    text: "Tuesday night at about 2 o'clock, the outage began.",
    expect: { kind: "instant", utc: "2024-02-14T07:00:00Z" },
  },
  {
    id: "fr-nuit-7h", lang: "fr", publishedAt: "2024-02-14T20:00:00Z", sourceZone: null,
    text: "Dans la nuit de mardi à mercredi, vers 7 h, le service est revenu.",
    expect: { kind: "instant", utc: "2024-02-14T06:00:00Z" },
    never: [{ kind: "instant", utc: "2024-02-13T18:00:00Z" }],
  },
];

test("digits before o'clock are a clock, and an English night's evening hours are pm", () => {
  assertCasesPass(CASES);
});
