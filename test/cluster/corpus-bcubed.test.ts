// Integration: extractArticle on the dev corpus, then clusterDocuments, scored by B-cubed F1
// against the corpus's incident labels (the scorer's rule: every outage article, plus every
// non-outage article put into an incident). Skips visibly when ../shared is absent.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { DocumentForExtraction, ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { bcubed } from "./fixtures/bcubed";

const corpus = path.resolve(process.cwd(), "../shared/corpus/dev/articles.jsonl");

interface Row { id: string; url: string; lang: string; source: string | null; published_at: string | null; title: string | null; text: string; incident: string | null }

test("dev corpus: B-cubed F1 of extraction + clustering against the incident labels", async (t) => {
  if (!fs.existsSync(corpus)) return t.skip("../shared absent: corpus test not run");
  const rows = fs.readFileSync(corpus, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);
  const docs: ExtractedDocument[] = rows.map((r, i) => {
    const input: DocumentForExtraction = {
      url: r.url, kind: "news", lang: r.lang, title: r.title ?? "", text: r.text,
      publishedAt: r.published_at ? new Date(r.published_at) : null, sourceName: r.source, sourceZone: null,
    };
    const facts = extractArticle(input);
    return { id: i + 1, url: r.url, title: r.title ?? "", kind: "news", lang: facts.lang, publishedAt: input.publishedAt?.toISOString() ?? null, sourceName: r.source, facts };
  });
  const label = new Map(rows.map((r) => [r.url, r.incident]));
  const detected = clusterDocuments(docs.filter((d) => d.facts.isOutage));
  const full = bcubed(detected, label);
  // the same clustering on the labelled outage articles only: clustering quality without detection errors
  const gold = bcubed(clusterDocuments(docs.filter((d) => label.get(d.url))), label);
  const line = `B-cubed with extraction's detection: F1 ${full.f1.toFixed(3)} (P ${full.p.toFixed(3)} R ${full.r.toFixed(3)}); ` +
    `on labelled outage articles only: F1 ${gold.f1.toFixed(3)} (P ${gold.p.toFixed(3)} R ${gold.r.toFixed(3)})`;
  t.diagnostic(line);
  console.log(`# ${line}`);
  assert.ok(gold.f1 >= 0.95, line);
});
