// `npx tsx scripts/bench/extract-ab.ts OTHER_ROOT [CORPUS_DIR] [--rounds N]`: this tree's extraction
// against another checkout's (OTHER_ROOT: a directory holding its lib/, e.g. made by
// `git archive main lib | tar -x -C /tmp/main` with node_modules linked), in one process, article by
// article in turn, each article's least time over the rounds. On a machine other work shares, the
// load slows both sides alike, where two bench:extract runs minutes apart measure the load.
import path from "node:path";
import { extractArticle } from "../../lib/extract/extract-article";
import { corpusDocument, readCorpus } from "../corpus-documents";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 10;
const [other, corpus] = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--rounds");
if (!other || !(rounds > 0)) {
  console.error("extract-ab: OTHER_ROOT [CORPUS_DIR] [--rounds N]");
  process.exit(2);
}
const theirs = (await import(path.resolve(other, "lib/extract/extract-article.ts"))).extractArticle as typeof extractArticle;
const docs = readCorpus(path.resolve(corpus ?? "../shared/corpus/dev")).map(corpusDocument);
for (const d of docs) (theirs(d), extractArticle(d)); // warm-up: module-load regex compilation, JIT
const least = { theirs: docs.map(() => Infinity), ours: docs.map(() => Infinity) };
// The side that reads an article second reads it faster (its strings already flattened and hashed
// by the first: this tree against a copy of itself came out 25 % faster), so the sides take turns
// going first, round by round, and each side's least time includes rounds where it went second.
const sides = [["theirs", theirs], ["ours", extractArticle]] as const;
for (let r = 0; r < rounds; r++)
  docs.forEach((d, i) => {
    for (const [name, extract] of r % 2 === 0 ? sides : [...sides].reverse()) {
      const t = performance.now();
      extract(d);
      least[name][i] = Math.min(least[name][i], performance.now() - t);
    }
  });
for (const [name, ms] of Object.entries(least)) {
  const s = [...ms].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  console.log(`${name === "ours" ? "this tree" : other}: ${docs.length} articles, least of ${rounds} rounds: mean ${mean.toFixed(2)} ms, p95 ${s[Math.floor(s.length * 0.95)].toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms`);
}
