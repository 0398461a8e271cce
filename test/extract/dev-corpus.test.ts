import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../../lib/extract/extract-article";
import { evaluateExtraction, type LabelledIncident } from "../../lib/extract/evaluate-extraction";
import { corpusDocument, readCorpus } from "../../scripts/corpus-documents";

const dir = path.resolve(process.cwd(), "../shared/corpus/dev");

test("dev corpus: outage detection precision and recall >= 0.9, every incident dated", (t) => {
  if (!fs.existsSync(path.join(dir, "articles.jsonl"))) {
    console.log("# dev corpus test skipped: ../shared absent");
    return t.skip("../shared absent");
  }
  const articles = readCorpus(dir).map((a) => ({ id: a.id, incident: a.incident, facts: extractArticle(corpusDocument(a)) }));
  const incidents = JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as LabelledIncident[];
  const score = evaluateExtraction(articles, incidents);
  assert.ok(score.detectP >= 0.9, `detect_P ${score.detectP}`);
  assert.ok(score.detectR >= 0.9, `detect_R ${score.detectR}`);
  const dated = score.incidents.filter((i) => i.dayOk).length;
  assert.ok(dated / score.incidents.length >= 0.8, `dated ${dated}/${score.incidents.length}`);
});
