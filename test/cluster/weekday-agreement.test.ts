// Whether the weekdays an undated report's clocks name meet a dated group's outage day.
import { test } from "node:test";
import assert from "node:assert/strict";
import { weekdayAgreement } from "../../lib/cluster/weekday-agreement";
import { dayNumber, weekdayOfDay } from "../../lib/cluster/day-arithmetic";
import type { DocumentFeatures } from "../../lib/cluster/document-features";

const profile = (day: string | null, weekdays: number[] = []): DocumentFeatures =>
  ({ day: dayNumber(day), weekdays }) as DocumentFeatures;

test("ISO weekdays of day numbers", () => {
  assert.equal(weekdayOfDay(dayNumber("1970-01-01")!), 4);
  assert.equal(weekdayOfDay(dayNumber("2026-10-06")!), 2);
  assert.equal(weekdayOfDay(dayNumber("2026-09-13")!), 7);
  assert.equal(weekdayOfDay(dayNumber("1969-12-29")!), 1);
});

test("a weekday meets the group's day, or the day either side (a Saturday night is Sunday in UTC)", () => {
  assert.equal(weekdayAgreement([profile(null, [2])], [profile("2026-10-06")]), true);
  assert.equal(weekdayAgreement([profile(null, [6])], [profile("2026-09-13")]), true);
  // Sunday and Monday are neighbours across the week's end
  assert.equal(weekdayAgreement([profile(null, [7])], [profile("2026-10-05")]), true);
  assert.equal(weekdayAgreement([profile(null, [5, 1])], [profile("2026-10-06")]), true);
});

test("a weekday two or more days from every day of the group contradicts it", () => {
  assert.equal(weekdayAgreement([profile(null, [4])], [profile("2026-10-06")]), false);
  assert.equal(weekdayAgreement([profile(null, [5])], [profile("2026-10-06"), profile("2026-10-07")]), false);
});

test("nothing to compare: no weekday named, or a group with no day", () => {
  assert.equal(weekdayAgreement([profile(null)], [profile("2026-10-06")]), null);
  assert.equal(weekdayAgreement([profile(null, [2])], [profile(null)]), null);
});
