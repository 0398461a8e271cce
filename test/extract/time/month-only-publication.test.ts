// A publication known only to its month is stored as the month's first day at midnight UTC
// ("2011-02" read by ISO): a date later in that month, written without its year, is that month's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertCasesPass, runCase, matches, type TimeCase } from "./time-case-helpers";

const c = (id: string, lang: "fr" | "en", publishedAt: string, text: string, date: string): TimeCase =>
  ({ id, lang, publishedAt, sourceZone: null, text, expect: { kind: "date", date } });

test("a date later in a month-only publication's month is that month's, not the year before's", () => {
  assertCasesPass([
    c("mo1", "en", "2019-03-01T00:00:00Z", "The messaging service went dark for most users on March 27.", "2019-03-27"),
    c("mo2", "fr", "2019-03-01T00:00:00Z", "Le 27 mars, la messagerie est restée inaccessible toute la journée.", "2019-03-27"),
    c("mo3", "en", "2020-12-01T00:00:00Z", "Engineers restored access on Dec. 31 after a long night.", "2020-12-31"),
    // a date of the month before stays as it was
    c("mo4", "fr", "2019-03-01T00:00:00Z", "La panne du 12 février avait déjà inquiété les clients.", "2019-02-12"),
  ]);
});

test("a date-only publication on another day, or the first of a month with its hour, is no month", () => {
  // negatives: the 14th at midnight is a day; the 1st at 08:30 UTC is an instant
  for (const [publishedAt, text, lastYear] of [
    ["2019-03-14T00:00:00Z", "The messaging service went dark for most users on March 27.", "2018-03-27"],
    ["2019-03-01T08:30:00Z", "Le 27 mars, la messagerie est restée inaccessible toute la journée.", "2018-03-27"],
  ] as const) {
    const rs = runCase({ id: "neg", lang: text.startsWith("Le") ? "fr" : "en", publishedAt, sourceZone: null, text, expect: { kind: "date", date: lastYear } });
    assert.ok(matches({ kind: "date", date: lastYear }, rs), `${publishedAt}: ${JSON.stringify(rs)}`);
  }
});
