// `npx tsx scripts/bench/extract-fingerprint.ts [CORPUS_DIR...]`: one SHA-256 over the JSON of
// every article's ArticleFacts (default ../shared/corpus/train and dev), so a change meant to be
// pure speed can be checked to leave extraction's output byte-identical: run it before and after.
// `--each` also prints one hash per article, to find which ones changed.
import { createHash } from "node:crypto";
import path from "node:path";
import { extractArticle } from "../../lib/extract/extract-article";
import { corpusDocument, readCorpus } from "../corpus-documents";

const args = process.argv.slice(2);
const each = args.includes("--each");
const dirs = args.filter((a) => !a.startsWith("--"));
const corpora = dirs.length > 0 ? dirs : ["../shared/corpus/train", "../shared/corpus/dev"];
const all = createHash("sha256");
let count = 0;
for (const dir of corpora)
  for (const article of readCorpus(path.resolve(dir))) {
    const json = JSON.stringify(extractArticle(corpusDocument(article)));
    all.update(json).update("\n");
    count++;
    if (each) console.log(`${article.id} ${createHash("sha256").update(json).digest("hex").slice(0, 16)}`);
  }
console.log(`extract-fingerprint: ${count} articles ${all.digest("hex")}`);
