// Issue 14: a per-document time budget for extraction, with a clear error when it is spent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BudgetedExtractor, ExtractBudgetError } from "../../lib/ingest/extract-with-budget";
import { extractArticle } from "../../lib/extract/extract-article";

const doc = (text: string) => ({
  url: "https://outlet.example/a", kind: "news", lang: "en", title: "Facebook down", text, publishedAt: new Date("2021-10-04T18:00:00Z"),
  sourceName: null, sourceZone: null, statusValue: null, components: [],
}) as never;
const ARTICLE = "Facebook, Instagram and WhatsApp went down on Monday around 15:40 UTC for about six hours, after a faulty configuration change.";

test("facts from the worker are the facts extraction gives in process", { timeout: 60_000 }, async () => {
  const x = new BudgetedExtractor(30_000);
  try {
    assert.deepEqual(await x.extract(doc(ARTICLE)), extractArticle(doc(ARTICLE)));
  } finally {
    await x.close();
  }
});

test("a document over the budget fails with a clear error and the next one gets a fresh worker", { timeout: 60_000 }, async () => {
  const x = new BudgetedExtractor(1);
  try {
    // the worker's first extraction loads nothing more but a 120,000-character text takes far over 1 ms
    await assert.rejects(x.extract(doc(`${ARTICLE}\n`.repeat(1000))), (e: Error) => e instanceof ExtractBudgetError && /over the 0\.001 s per-document budget \(\d+ characters\)/.test(e.message));
    await assert.rejects(x.extract(doc(`${ARTICLE}\n`.repeat(1000))), ExtractBudgetError);
  } finally {
    await x.close();
  }
});
