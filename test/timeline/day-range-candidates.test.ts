// A range stated only to the day ("du 4 au 5 octobre") gives start and end candidates as loose as a
// day, so a clock time any source states wins over it; a clock range still counts to the minute.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { TimeExpression } from "../../lib/domain/types";
import { timeCandidates } from "../../lib/timeline/time-candidates";
import { makeDoc } from "../cluster/fixtures/make-doc";

const withRange = (time: TimeExpression) => {
  const doc = makeDoc({ url: "https://a.example/1", title: "Bank app down", publishedAt: "2025-10-07T20:00:00Z", failed: ["X"], times: [] });
  doc.facts.times.push({ role: "start", time, confidence: 0.8, span: { start: 0, end: 17, text: "du 4 au 5 octobre" } });
  return timeCandidates([doc]);
};

test("a day range gives day-precision start and end candidates, weighted as days", () => {
  const base = { kind: "range" as const, start: "2025-10-04T10:00:00Z", end: "2025-10-05T10:00:00Z", zone: "Europe/Paris", phrase: "du 4 au 5 octobre", index: 0 };
  const days = withRange({ ...base, granularity: "day" });
  const clocks = withRange(base);
  assert.deepEqual(days.map((c) => [c.role, c.precision]), [["start", "day"], ["end", "day"]]);
  assert.deepEqual(clocks.map((c) => [c.role, c.precision]), [["start", "minute"], ["end", "minute"]]);
  assert.ok(days[0].weight < clocks[0].weight);
});
