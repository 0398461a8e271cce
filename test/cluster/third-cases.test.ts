// Round nine's own clustering cases (cluster-cases.ts, CLUSTER_CASES_THIRD), written before any
// change of that round and not read while fixing: a floor at what they scored when written, so a
// change that loses one of them shows here. Which cases miss is left to `npm run eval:cluster-cases
// -- --third`, not pinned: they stay a held-out measure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CLUSTER_CASES_THIRD } from "./fixtures/cluster-cases";
import { scoreClusterCase } from "./fixtures/score-cluster-case";

test("the third set of own cases: at least as many grouped right as when it was written", () => {
  const read = CLUSTER_CASES_THIRD.map((c) => ({ c, s: scoreClusterCase(c) }));
  assert.ok(read.length >= 14);
  // measured at main (3cdf922) when written: 13 of 18 right, together 12 of 13
  assert.ok(read.filter((r) => r.s.right).length >= 13);
  assert.ok(read.filter((r) => r.c.kind === "together" && r.s.right).length >= 12);
});

test("the third set holds every shape the round asked for, in both languages", () => {
  const langs = new Set(CLUSTER_CASES_THIRD.flatMap((c) => c.docs.map((d) => d.lang)));
  assert.deepEqual([...langs].sort(), ["en", "fr"]);
  // a case of one outage told in both languages
  assert.ok(CLUSTER_CASES_THIRD.some((c) => new Set(c.docs.map((d) => d.lang)).size === 2 && new Set(c.docs.map((d) => d.outage)).size === 1));
  // undated reports, and follow-ups a month or more after their outage
  assert.ok(CLUSTER_CASES_THIRD.some((c) => c.docs.some((d) => d.publishedAt === null)));
  const spanDays = (c: (typeof CLUSTER_CASES_THIRD)[number]) => {
    const days = c.docs.filter((d) => d.publishedAt !== null).map((d) => Date.parse(d.publishedAt!) / 86_400_000);
    return Math.max(...days) - Math.min(...days);
  };
  assert.ok(CLUSTER_CASES_THIRD.some((c) => c.kind === "together" && spanDays(c) >= 30));
});
