// `npm run bench:extract [-- CORPUS_DIR] [--rounds N]`: times extractArticle per article over a
// corpus (default ../shared/corpus/dev) after a warm-up, and prints mean / p95 / max ms, over every
// run and over each article's least time of the rounds.
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../../lib/extract/extract-article";
import { corpusDocument, readCorpus } from "../corpus-documents";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const dir = path.resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--rounds") ?? path.resolve(process.cwd(), "../shared/corpus/dev"));
if (!fs.existsSync(path.join(dir, "articles.jsonl")) || !(rounds > 0)) {
  console.error(`bench:extract: need ${dir}/articles.jsonl and a positive --rounds`);
  process.exit(2);
}
const docs = readCorpus(dir).map(corpusDocument);
for (const d of docs) extractArticle(d); // warm-up: module-load regex compilation, JIT
const ms: number[] = [];
// each article's least time over the rounds: on a machine other work shares, the figure its own
// cost sets (a mean over rounds carries every pause the scheduler gave another process)
const least = docs.map(() => Infinity);
for (let r = 0; r < rounds; r++)
  docs.forEach((d, i) => {
    const t0 = process.hrtime.bigint();
    extractArticle(d);
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    ms.push(t);
    least[i] = Math.min(least[i], t);
  });
ms.sort((a, b) => a - b);
const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
const p95 = ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))];
const chars = docs.reduce((a, d) => a + d.title.length + d.text.length, 0) / docs.length;
console.log(`bench:extract: ${docs.length} articles x ${rounds} rounds, mean ${chars.toFixed(0)} chars: mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${ms[ms.length - 1].toFixed(2)} ms per article`);
least.sort((a, b) => a - b);
const leastMean = least.reduce((a, b) => a + b, 0) / least.length;
console.log(`  least of ${rounds} rounds per article: mean ${leastMean.toFixed(2)} ms, p95 ${least[Math.min(least.length - 1, Math.floor(least.length * 0.95))].toFixed(2)} ms, max ${least[least.length - 1].toFixed(2)} ms`);
