// Scores the detector on the own short feed-item sets (test/extract/fixtures/short-feed-items*.ts):
// recall of the outage reports and precision over the look-alikes, per set and language.
// `--misses SET` lists that set's misses with their scores (never for the fresh, fourth and fifth sets,
// which are only scored: reading their misses would make them tuning sets). `--model FILE` scores a
// model written elsewhere (`npm run train -- FILE --own-items ...`) instead of the project's.
import fs from "node:fs";
import type { OutageModel } from "../lib/extract/model/linear-model";
import { extractArticle } from "../lib/extract/extract-article";
import { makeDoc } from "../test/extract/article-helpers";
import { SHORT_LOOK_ALIKES, SHORT_OUTAGES, type ShortItem } from "../test/extract/fixtures/short-feed-items";
import { FRESH_LOOK_ALIKES, FRESH_OUTAGES } from "../test/extract/fixtures/short-feed-items-fresh";
import { THIRD_LOOK_ALIKES, THIRD_OUTAGES } from "../test/extract/fixtures/short-feed-items-third";
import { FOURTH_LOOK_ALIKES, FOURTH_OUTAGES } from "../test/extract/fixtures/short-feed-items-fourth";
import { FIFTH_LOOK_ALIKES, FIFTH_OUTAGES } from "../test/extract/fixtures/short-feed-items-fifth";

const SETS: Record<string, [ShortItem[], ShortItem[]]> = {
  first: [SHORT_OUTAGES, SHORT_LOOK_ALIKES],
  fresh: [FRESH_OUTAGES, FRESH_LOOK_ALIKES],
  third: [THIRD_OUTAGES, THIRD_LOOK_ALIKES],
  fourth: [FOURTH_OUTAGES, FOURTH_LOOK_ALIKES],
  fifth: [FIFTH_OUTAGES, FIFTH_LOOK_ALIKES],
};
const HELD_OUT = new Set(["fresh", "fourth", "fifth"]);
const modelFile = process.argv.indexOf("--model") >= 0 ? process.argv[process.argv.indexOf("--model") + 1] : null;
const model = modelFile ? (JSON.parse(fs.readFileSync(modelFile, "utf8")) as OutageModel) : undefined;
const facts = (c: ShortItem) => extractArticle(makeDoc(c.title, c.text, { lang: c.lang, publishedAt: new Date("2025-06-11T08:00:00Z") }), model);
const score = (c: ShortItem) => facts(c).outageScore;
const said = (c: ShortItem) => facts(c).isOutage;

const missesOf = process.argv.indexOf("--misses") >= 0 ? process.argv[process.argv.indexOf("--misses") + 1] : null;
for (const [name, [outages, alikes]] of Object.entries(SETS)) {
  const row = (lang?: string) => {
    const pos = outages.filter((c) => !lang || c.lang === lang);
    const neg = alikes.filter((c) => !lang || c.lang === lang);
    const tp = pos.filter(said).length;
    const fp = neg.filter(said).length;
    return `${lang ?? "all"} R ${tp}/${pos.length} = ${(tp / pos.length).toFixed(3)}, look-alikes said outage ${fp}/${neg.length}, P ${(tp / Math.max(1, tp + fp)).toFixed(3)}`;
  };
  console.log(`${name}: ${row()} | ${row("fr")} | ${row("en")}`);
  if (missesOf === name && !HELD_OUT.has(name)) {
    for (const c of outages.filter((x) => !said(x))) console.log(`  missed ${score(c).toFixed(2)} [${c.lang}] ${c.title}`);
    for (const c of alikes.filter(said)) console.log(`  false  ${score(c).toFixed(2)} [${c.lang}] ${c.title}`);
  }
}
