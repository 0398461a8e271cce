// Issue 14: 40,000 digits in an item took 15 s and 60,000 took 52 s: the number and duration
// patterns were retried from every digit of a run (quadratic). Now a run is tried once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";

const doc = (text: string) => ({
  url: "https://outlet.example/a", kind: "news", lang: "en", title: "Facebook down", text, publishedAt: new Date("2024-03-05T10:00:00Z"),
  sourceName: null, sourceZone: null, statusValue: null, components: [],
}) as never;

test("60,000 digits before a count and a unit cost linear time", { timeout: 120_000 }, () => {
  const digits = "7".repeat(60_000);
  const t0 = performance.now();
  extractArticle(doc(`Facebook was down for users. ${digits} reports. It lasted ${digits} hours. Panne de ${digits} minutes.`));
  const ms = performance.now() - t0;
  assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms`);
});

test("numbers and durations still read whole from the start of their digit run", () => {
  const facts = extractArticle(doc("Facebook was down on Tuesday. More than 12,500 users reported problems, and 1 234 567 people were cut off. The outage lasted 12 hours."));
  assert.deepEqual(facts.impacts.map((i) => i.value), [12500, 1234567]);
  assert.deepEqual(facts.durations.map((d) => d.minutes), [720]);
});
