import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import { DAY_RANGE_CASES } from "./word-clock-cases";
import { runCase } from "./time-case-helpers";

const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= 20 * 60_000;

test("ranges of days: du 4 au 5 octobre, entre le 18 et le 19 juillet, from October 4 to 5, de lundi soir à mardi matin", () => {
  const failures = DAY_RANGE_CASES.filter((c) => {
    const e = c.expect;
    if (e.kind !== "range") return true;
    return !runCase(c).some((r) => r.kind === "range" && r.granularity === c.granularity && near(r.start, e.start) && near(r.end, e.end));
  });
  assert.deepEqual(failures.map((c) => `${c.id}: ${JSON.stringify(runCase(c))}`), []);
});

test("a clock range on a named day stays a clock range, with no day range beside it", () => {
  const rs = extractTimes("Les perturbations ont duré de 14 h à 16 h le 4 octobre.", { publishedAt: new Date("2024-10-07T18:00:00+02:00"), sourceZone: null, lang: "fr" });
  const ranges = rs.filter((r) => r.kind === "range");
  assert.equal(ranges.length, 1, JSON.stringify(rs));
  assert.equal(ranges[0].kind === "range" && ranges[0].granularity, undefined);
});

test("a date followed by an unrelated number is no range ('on October 4 and 5 million users')", () => {
  const rs = extractTimes("The app failed on October 4 and 5 million users noticed.", { publishedAt: new Date("2024-10-07T18:00:00-04:00"), sourceZone: null, lang: "en" });
  assert.ok(!rs.some((r) => r.kind === "range"), JSON.stringify(rs));
});
